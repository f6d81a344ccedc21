package nl.kwartiermaker.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageContent;
import nl.kwartiermaker.ManyRows;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KnowledgeViewsTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeManyRows() {
        new ManyRows(jdbc).removeAll();
    }

    @Autowired
    KnowledgeService knowledge;

    @Test
    void the_overview_lists_the_journey_and_search_narrows_it() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        KnowledgeBaseView view = navigate("kennisbank", KnowledgeBaseView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("kennisbank/de-reis", "kennisbank/fase-2-betrekken-en-toerusten");

        test(view).find(com.vaadin.flow.component.textfield.TextField.class).single();
        var search = $(com.vaadin.flow.component.textfield.TextField.class).single();
        test(search).setValue("intervisie");
        assertThat($(Paragraph.class).withClassName("search-count").single().getText()).contains("intervisie");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("kennisbank/welzijn-en-ondersteuning")
                .doesNotContain("kennisbank/de-reis");

        test(search).setValue("zzqqxx");
        assertThat($(Paragraph.class).withClassName("search-count").single().getText()).contains("Niets gevonden");
    }

    @Test
    void a_page_shows_its_text_and_its_sources_but_no_edit_button_for_staff() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        navigate("kennisbank/draagvlak", KnowledgePageView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(knowledge.page("draagvlak").orElseThrow().content().title());
        assertThat($(MarkdownContent.class).single().getElement().getProperty("innerHTML")).contains("<h2>");
        assertThat($(MarkdownContent.class).single().getParent().orElseThrow().getElement().getAttribute("lang"))
                .as("the Dutch text is marked Dutch for screen readers in any UI language").isEqualTo("nl");
        assertThat($(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(s -> s.startsWith("004"));
        assertThat($(com.vaadin.flow.component.button.Button.class).all())
                .noneMatch(b -> "Bewerken".equals(b.getText()));
    }

    @Test
    void an_unknown_page_shows_the_not_found_page() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        com.vaadin.flow.component.UI.getCurrent().navigate("kennisbank/bestaat-niet");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void a_beheerder_writes_a_new_page_which_is_then_shown() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        KnowledgePageEditor editor = navigate("kennisbank/nieuw", KnowledgePageEditor.class);
        test(editor.save).click();
        assertThat(editor.title.isInvalid()).as("title is required").isTrue();

        String title = "Onze buddy-afspraken " + UUID.randomUUID().toString().substring(0, 8);
        test(editor.title).setValue(title);
        test(editor.body).setValue("## Afspraken\n\nElke nieuwe collega krijgt een buddy. <script>alert(1)</script>");
        test(editor.sources).setValue("Eigen beleid\n\n000 Handreiking, tip 13");
        test(editor.save).click();

        assertThat(getCurrentView()).isInstanceOf(KnowledgePageView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(title);
        String html = $(MarkdownContent.class).single().getElement().getProperty("innerHTML");
        assertThat(html).contains("<h2>Afspraken</h2>").doesNotContain("<script");
        assertThat($(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively())
                .contains("Eigen beleid", "000 Handreiking, tip 13");
    }

    @Test
    void a_page_marks_its_links_to_other_sites_and_keeps_its_portal_links() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        KnowledgeService.Page page = knowledge.create(new PageContent("Links " + UUID.randomUUID(), "",
                "Zie [draagvlak](/kennisbank/draagvlak), [Movisie](https://www.movisie.nl) en [x](/\\evil.example).",
                List.of()));
        navigate("kennisbank/" + page.slug(), KnowledgePageView.class);
        String html = $(MarkdownContent.class).single().getElement().getProperty("innerHTML");
        assertThat(html).contains("<a href=\"/kennisbank/draagvlak\">draagvlak</a>",
                "<a href=\"https://www.movisie.nl\" rel=\"noopener noreferrer nofollow\" class=\"external-link\">"
                        + "Movisie<span class=\"visually-hidden\"> (link naar een andere website)</span></a>",
                "<a href=\"https://evil.example\" rel=\"noopener noreferrer nofollow\" class=\"external-link\">");
        assertThat(html).doesNotContain("\\evil");
    }

    @Test
    void a_title_or_text_longer_than_allowed_is_refused_with_a_message_and_the_typed_text_stays() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        int before = knowledge.overview().size();
        KnowledgePageEditor editor = navigate("kennisbank/nieuw", KnowledgePageEditor.class);
        String longTitle = "T".repeat(151);
        // as a request that ignores the browser's maxlength would set them
        test(editor.title).setValue(longTitle);
        test(editor.body).setValue("Tekst.");
        test(editor.save).click();
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("Een titel is hoogstens 150 tekens lang.");
        assertThat(editor.title.getValue()).isEqualTo(longTitle);

        String longBody = "b".repeat(100_001);
        test(editor.title).setValue("Een titel");
        test(editor.body).setValue(longBody);
        test(editor.save).click();
        assertThat(editor.body.isInvalid()).isTrue();
        assertThat(editor.body.getErrorMessage()).isEqualTo("De tekst is hoogstens 100.000 tekens lang.");
        assertThat(editor.body.getValue()).isEqualTo(longBody);
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(knowledge.overview()).hasSize(before);
    }

    @Test
    void a_conflicting_save_is_refused_with_a_message_and_the_typed_text_stays() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        KnowledgeService.Page page = knowledge.create(new PageContent("Conflict " + UUID.randomUUID(), "",
                "Begintekst.", List.of()));
        KnowledgePageEditor editor = navigate("kennisbank/bewerken/" + page.slug(), KnowledgePageEditor.class);
        knowledge.update(page.slug(), page.version(), new PageContent(page.content().title(), "", "Collega was eerst.",
                List.of()));

        test(editor.body).setValue("Mijn eigen wijziging.");
        click(editor.save);

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Iemand anders heeft dit intussen gewijzigd")
                && t.contains("Wat je hebt ingevuld staat er nog"));
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(editor.body.getValue()).isEqualTo("Mijn eigen wijziging.");
        assertThat(knowledge.page(page.slug()).orElseThrow().content().body()).isEqualTo("Collega was eerst.");
    }

    @Test
    void the_overview_and_a_page_take_the_same_statements_with_a_thousand_pages_more() {
        SignedIn.as("medewerker@demo.nl", Role.MEDEWERKER);
        var fewOverview = statementsToOpen("kennisbank");
        var fewPage = statementsToOpen("kennisbank/draagvlak");
        new ManyRows(jdbc).knowledgePages(1_000);
        var manyOverview = statementsToOpen("kennisbank");
        var manyPage = statementsToOpen("kennisbank/draagvlak");
        // each: the page summaries or the one page
        assertThat(fewOverview).hasSize(1);
        assertThat(manyOverview).hasSize(1);
        assertThat(fewPage).hasSize(1);
        assertThat(manyPage).hasSize(1);
    }
}
