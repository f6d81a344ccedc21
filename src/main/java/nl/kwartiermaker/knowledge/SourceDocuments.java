package nl.kwartiermaker.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The five documents the portal is written from ("seeds"), as the sources page lists them. Every source in the
 * portal starts with one of these numbers; a test fails when a shipped text cites a number that is not here.
 * Author, year, title and publisher are as the documents themselves give them; where a document gives no year, the
 * year is empty and the page says so instead of guessing one.
 */
public final class SourceDocuments {

    /**
     * One document. {@code parts} names the separate documents a seed bundles (seed 003 is a council decision with
     * its policy note, memo and purchasing strategy), so a reader recognises the titles the sources cite.
     */
    public record SourceDocument(String code, String authors, String year, String title, String publisher,
                                 List<String> parts) {
    }

    private static final List<SourceDocument> ALL = List.of(
            new SourceDocument("000", "Diane Bulsink en Roos de Wildt", "2023",
                    "Handreiking ervaringsdeskundigen inzetten. Inspiratie en tips voor organisaties die vrijwilligers"
                            + " of beroepskrachten met ervaringskennis of -deskundigheid (gaan) inzetten",
                    "Verwey-Jonker Instituut, Utrecht (februari 2023), in samenwerking met platform HOPE", List.of()),
            new SourceDocument("001", "Movisie", "2022",
                    "Handreiking kwartiermaken voor ervaringsdeskundigen",
                    "Movisie, kennis en aanpak van sociale vraagstukken, Utrecht (september 2022)", List.of()),
            new SourceDocument("002", "Jim van Os", "",
                    "Hoe word ik ervaringsdeskundige?", "PsychoseNet.nl (webpagina)", List.of()),
            new SourceDocument("003", "Gemeente Venray en de gemeenten in Noord- en Midden-Limburg", "2022–2023",
                    "Regionale pool van ervaringsdeskundigen",
                    "Gemeente Venray, college van B en W (collegevoorstel van 10 juli 2023), met bijlagen",
                    List.of("Collegevoorstel Regionale pool van ervaringsdeskundigen (10 juli 2023)",
                            "Nota Ervaringskennis als nieuwe kennisbron (februari 2022, Evelien Meijerink, kwartiermaker"
                                    + " ervaringsdeskundigheid; vastgesteld op 9 juni 2022 door het Gezamenlijke"
                                    + " Portefeuillehoudersoverleg Wmo Noord- en Midden-Limburg)",
                            "Memo project regionale pool ervaringsdeskundigen (15 juni 2023, versie 20 april 2023)",
                            "Inkoopstrategie pool ervaringsdeskundigen ten behoeve van inwoners met complexe"
                                    + " problematiek")),
            new SourceDocument("004", "Movisie", "2022",
                    "Vier tips voor het creëren van draagvlak voor ervaringsdeskundigheid",
                    "Movisie (webartikel bij de publicatie ‘Zoeken naar de juiste balans’)", List.of()));

    private SourceDocuments() {
    }

    public static List<SourceDocument> all() {
        return ALL;
    }

    public static Optional<SourceDocument> find(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
