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
            "coordinator", "vrijwilliger-of-betaald");

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
