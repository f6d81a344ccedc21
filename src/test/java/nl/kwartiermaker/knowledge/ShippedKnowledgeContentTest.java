package nl.kwartiermaker.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.SafeMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base covers what the portal promises, and every page says where it comes from. */
class ShippedKnowledgeContentTest {

    private final ShippedPages shipped = new ShippedPages();

    static final List<String> REQUIRED = List.of(
            "ervaringskennis-en-ervaringsdeskundigheid", "vijf-rollen", "meerwaarde", "de-reis", "verkenning",
            "go-no-go", "fase-1-veranderklimaat", "fase-2-betrekken-en-toerusten", "fase-3-volhouden-en-borgen",
            "dos-en-donts", "competenties-en-kerntaken", "tips-werkgevers-en-ervaringsdeskundigen", "draagvlak",
            "coordinator", "vrijwilliger-of-betaald", "wat-betekent-dit-voor-mij", "leidinggevende", "projectleider",
            "selectie-en-training", "externe-opdrachten-en-tarieven", "lobby-en-belangenbehartiging",
            "in-dienst-of-inhuren");

    @Test
    void every_required_topic_has_a_page() {
        assertThat(shipped.all()).extracting(ShippedPages.ShippedPage::slug).containsAll(REQUIRED);
    }

    @Test
    void every_page_names_its_sources_by_seed_document() {
        assertThat(shipped.all()).allSatisfy(page -> {
            assertThat(page.content().sources()).as(page.slug()).isNotEmpty();
            assertThat(page.content().sources()).as(page.slug()).allMatch(s -> s.matches("^00[0-4] .+"));
        });
    }

    @Test
    void the_five_roles_and_the_three_phases_are_all_named() {
        String roles = shipped.find("vijf-rollen").orElseThrow().content().body().toLowerCase();
        assertThat(roles).contains("ondersteuner", "beleidsbeïnvloeder", "deskundigheidsbevorderaar", "onderzoeker",
                "initiator van vernieuwing");
        assertThat(shipped.find("fase-1-veranderklimaat").orElseThrow().content().body().toLowerCase())
                .contains("leidende coalitie", "urgentie", "visie", "plan");
        assertThat(shipped.find("draagvlak").orElseThrow().content().sources()).anyMatch(s -> s.startsWith("004"));
    }

    private String body(String slug) {
        return shipped.find(slug).orElseThrow().content().body();
    }

    @Test
    void the_seeds_missing_content_has_its_pages_each_with_the_seed_it_follows() {
        assertThat(body("selectie-en-training")).contains("meeloopdagen", "het delen van je eigen verhaal");
        assertThat(body("externe-opdrachten-en-tarieven")).contains("eigen tarievenstructuur");
        assertThat(body("lobby-en-belangenbehartiging")).contains("netwerk", "gelegenheidscoalities", "achterban");
        assertThat(body("in-dienst-of-inhuren")).contains("mee te kleuren", "inhuur");
        assertThat(body("meerwaarde")).contains("Wanneer spreek je van succes?");
        assertThat(body("leidinggevende")).contains("werkgeverskwaliteiten", "inwerkperiode op maat");
        assertThat(body("projectleider")).contains("5 tot 8 uur per week", "Fase 1", "Fase 2", "Fase 3");
        for (String slug : List.of("selectie-en-training", "externe-opdrachten-en-tarieven",
                "lobby-en-belangenbehartiging")) {
            assertThat(shipped.find(slug).orElseThrow().content().sources()).as(slug).anyMatch(s -> s.startsWith("000"));
        }
        assertThat(shipped.find("in-dienst-of-inhuren").orElseThrow().content().sources())
                .anyMatch(s -> s.startsWith("003"));
        assertThat(shipped.find("leidinggevende").orElseThrow().content().sources())
                .anyMatch(s -> s.startsWith("002")).anyMatch(s -> s.startsWith("003"));
    }

    @Test
    void the_core_tasks_are_the_bcp_e_s_and_the_limburg_pool_requires_them() {
        assertThat(body("competenties-en-kerntaken")).contains("Beroepscompetentieprofiel Ervaringsdeskundigheid uit 2013")
                .contains("regionale pool").doesNotContain("PsychoseNet (002) beschrijft drie kerntaken");
        assertThat(shipped.find("competenties-en-kerntaken").orElseThrow().content().sources())
                .anyMatch(s -> s.startsWith("003 Inkoopstrategie"));
    }

    @Test
    void the_limburg_pool_is_not_presented_as_a_pool_of_care_organisations() {
        String phase3 = body("fase-3-volhouden-en-borgen");
        assertThat(phase3).contains("die de gemeenten zelf betalen", "Eén aanbieder", "los van de zorgorganisaties")
                .doesNotContain("Een voorbeeld is de regionale pool");
    }

    @Test
    void the_ten_exploration_questions_are_questions_and_the_phases_have_parts_not_steps() {
        String exploration = body("verkenning");
        for (int n = 1; n <= 10; n++) {
            assertThat(exploration).contains("### Vraag " + n + ".");
        }
        assertThat(shipped.all()).allSatisfy(page -> assertThat(page.content().body()).as(page.slug())
                .doesNotContainPattern("(?m)^#+ Stap \\d"));
        assertThat(body("fase-2-betrekken-en-toerusten")).contains("coaching, intervisie en supervisie")
                .contains("minimaal twee ervaringsdeskundigen in een team of organisatie");
    }

    @Test
    void links_between_pages_point_to_pages_that_exist() {
        Set<String> slugs = shipped.all().stream().map(ShippedPages.ShippedPage::slug).collect(Collectors.toSet());
        Pattern link = Pattern.compile("\\]\\(/kennisbank/([a-z0-9-]+)\\)");
        for (ShippedPages.ShippedPage page : shipped.all()) {
            Matcher matcher = link.matcher(page.content().body());
            while (matcher.find()) {
                assertThat(slugs).as("link in " + page.slug()).contains(matcher.group(1));
            }
        }
    }

    @Test
    void every_link_in_a_shipped_page_still_leads_to_the_same_address_after_rendering() {
        SafeMarkdown markdown = new SafeMarkdown(new PortalI18nProvider());
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        int checked = 0;
        for (ShippedPages.ShippedPage page : shipped.all()) {
            List<String> written = new ArrayList<>();
            Matcher matcher = link.matcher(page.content().body());
            while (matcher.find()) {
                written.add(matcher.group(1));
            }
            Elements rendered = Jsoup.parseBodyFragment(markdown.toSafeHtml(page.content().body(), PortalLocales.DUTCH))
                    .select("a");
            assertThat(rendered).as(page.slug()).extracting(a -> a.attr("href")).containsExactlyElementsOf(written);
            assertThat(rendered).as(page.slug()).filteredOn(a -> a.attr("href").startsWith("/"))
                    .allSatisfy(a -> assertThat(a.hasAttr("rel") || a.hasClass("external-link")).isFalse());
            assertThat(rendered).as(page.slug()).filteredOn(a -> a.attr("href").startsWith("http"))
                    .allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("noopener noreferrer nofollow"));
            checked += written.size();
        }
        assertThat(checked).as("the shipped pages link to each other").isGreaterThan(50);
    }

    @Test
    void pages_hold_no_raw_html_and_no_top_level_heading() {
        assertThat(shipped.all()).allSatisfy(page -> {
            assertThat(page.content().body()).as(page.slug()).doesNotContainPattern("<[a-zA-Z/]");
            assertThat(page.content().body()).as(page.slug()).doesNotContainPattern("(?m)^# ");
        });
    }

    @Test
    void front_matter_without_a_title_is_refused_when_the_portal_starts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShippedPages.parse("x",
                "---\nsummary: s\ncategory: thema\norder: 1\n---\nTekst")).hasMessageContaining("title");
    }
}
