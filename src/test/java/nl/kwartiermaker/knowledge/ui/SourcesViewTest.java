package nl.kwartiermaker.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.SourceCitation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SourcesViewTest extends BrowserlessViewTest {

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_sources_page_lists_all_five_seeds_with_author_year_title_and_publisher() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("kennisbank/bronnen", SourcesView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Bronnen");
        List<Article> entries = $(Article.class).withClassName("source-entry").all();
        assertThat(entries).extracting(a -> a.getId().orElse(""))
                .containsExactly("bron-000", "bron-001", "bron-002", "bron-003", "bron-004");
        String first = entries.getFirst().getElement().getTextRecursively();
        assertThat(first).contains("Diane Bulsink", "2023", "Handreiking ervaringsdeskundigen inzetten",
                "Verwey-Jonker Instituut");
        assertThat(entries.get(2).getElement().getTextRecursively()).contains("Jim van Os", "PsychoseNet",
                "Niet vermeld in het document");
    }

    @Test
    void a_knowledge_pages_citation_links_to_its_seeds_entry_on_the_sources_page() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("kennisbank/draagvlak", KnowledgePageView.class);
        assertThat($(Anchor.class).withClassName("source-link").all()).extracting(Anchor::getHref)
                .contains("kennisbank/bronnen#bron-004", "kennisbank/bronnen#bron-001")
                .allMatch(href -> href.matches("kennisbank/bronnen#bron-00[0-4]"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("kennisbank/bronnen");
    }

    @Test
    void a_seed_cited_in_a_pages_text_links_to_its_entry_too() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("kennisbank/begeleiding", KnowledgePageView.class);
        assertThat($(MarkdownContent.class).single().getElement().getProperty("innerHTML"))
                .contains("<a href=\"/kennisbank/bronnen#bron-004\">004</a>");
        assertThat(KnowledgePageView.linkSeedReferences("Zo staat het in de handreiking (001, 004). Niet (005), niet (2001)."))
                .isEqualTo("Zo staat het in de handreiking ([001](/kennisbank/bronnen#bron-001), "
                        + "[004](/kennisbank/bronnen#bron-004)). Niet (005), niet (2001).");
    }

    @Test
    void a_citation_of_two_seeds_links_each_part_to_its_own_seed_and_keeps_the_label() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("kennisbank/bronnen", SourcesView.class);
        SourceCitation citation = new SourceCitation("source",
                "001 Handreiking kwartiermaken, De verkenning; Fase 1: Vorm een leidende coalitie; 002 Hoe word ik"
                        + " ervaringsdeskundige?, Tips voor werkgevers");
        assertThat(citation.getElement().getTextRecursively()).startsWith("Bron: 001 Handreiking")
                .contains("; Fase 1: Vorm een leidende coalitie; 002");
        assertThat(citation.getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getHref()))
                .containsExactly("kennisbank/bronnen#bron-001", "kennisbank/bronnen#bron-001",
                        "kennisbank/bronnen#bron-002");
        assertThat(new SourceCitation("Eigen beleid 2026").getChildren().filter(Anchor.class::isInstance))
                .as("an organisation's own source names no seed and links nowhere").isEmpty();
    }

    @Test
    void the_overview_of_the_knowledge_base_leads_to_the_sources_page() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("kennisbank", KnowledgeBaseView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("kennisbank/bronnen");
    }
}
