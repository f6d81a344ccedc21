package nl.kwartiermaker.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.story.ConsentState;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.FeaturedRelation;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryContent;
import nl.kwartiermaker.story.StoryPeople;
import nl.kwartiermaker.story.StoryStatus;
import nl.kwartiermaker.story.StoryWritingService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StoryWritingViewsTest extends BrowserlessViewTest {

    @Autowired
    UserService users;
    @Autowired
    StoryWritingService writing;

    List<ConfirmDialog> openConfirmations() {
        return $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).toList();
    }

    @Test
    void the_editor_saves_as_you_type_previews_safely_and_offers_the_story_for_review() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        StoryPeople.signInAs(author);
        StoryEditorView editor = navigate("verhalen/nieuw", StoryEditorView.class);
        assertThat(editor.savedState.getText()).isEqualTo("Nog niet opgeslagen");
        assertThat($(StoryImageField.class).all()).as("a picture belongs to a saved story").isEmpty();

        String title = "Ze werd gehoord " + UUID.randomUUID().toString().substring(0, 8);
        test(editor.title).setValue(title);
        assertThat(writing.mine()).extracting(StoryWritingService.MyStory::title).contains(title);
        assertThat(editor.savedState.getText()).startsWith("Opgeslagen om ");
        assertThat($(StoryImageField.class).all()).as("the picture field, once the story exists").hasSize(1);

        test(editor.summary).setValue("Een wijkteam leerde luisteren.");
        test(editor.body).setValue("## Wat er gebeurde\n\n**Samen** <script>alert(1)</script>"
                + "<img src=x onerror=alert(2)> [klik](javascript:alert(3))");
        String html = editor.preview.getElement().getProperty("innerHTML");
        assertThat(html).contains("<h2>Wat er gebeurde</h2>", "<strong>Samen</strong>").doesNotContain("<script",
                "onerror", "javascript:");
        test(editor.impact).setValue("Ze kreeg weer regie.");
        long id = writing.mine().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().id();
        assertThat(writing.draft(id).story().getImpact()).as("saved as typed").isEqualTo("Ze kreeg weer regie.");

        click(editor.addWithoutAccount);
        FeaturedPersonDialog dialog = $(FeaturedPersonDialog.class).single();
        test(dialog.name).setValue("Mevrouw D.");
        click(dialog.save);
        assertThat(writing.draft(id).featured()).extracting(l -> l.person().getName()).containsExactly("Mevrouw D.");

        click(editor.submit);
        assertThat(getCurrentView()).isInstanceOf(MyStoriesView.class);
        assertThat(writing.draft(id).story().getStatus()).isEqualTo(StoryStatus.IN_REVIEW);
    }

    @Test
    void someone_elses_draft_is_not_found_and_a_change_after_consent_tells_the_author_to_ask_again() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        UserAccount colleague = StoryPeople.create(users, "collega", Role.MEDEWERKER);
        StoryPeople.signInAs(author);
        Story story = writing.start(new StoryContent("Toestemming " + UUID.randomUUID(), "Kort", "Tekst.", "Verschil",
                Set.of(), Set.of(), null));
        FeaturedPerson client = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null,
                "Meneer B.", FeaturedRelation.CLIENT));

        StoryPeople.signInAs(colleague);
        com.vaadin.flow.component.UI.getCurrent().navigate("verhalen/" + story.getId() + "/bewerken");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");

        StoryPeople.signInAs(author);
        StoryEditorView editor = navigate("verhalen/" + story.getId() + "/bewerken", StoryEditorView.class);
        Button record = $(Button.class).all().stream().filter(b -> "Formulier vastleggen".equals(b.getText()))
                .findFirst().orElseThrow();
        click(record);
        ConsentFormDialog form = $(ConsentFormDialog.class).single();
        test(form.formDate).setValue(java.time.LocalDate.now().minusDays(2));
        test(form.channels).selectItem("Intranet (de verhalenbibliotheek)");
        click(form.save);
        assertThat(writing.draft(story.getId()).featured()).extracting(l -> l.state())
                .containsExactly(ConsentState.GIVEN);
        assertThat(editor.consentNotice.isVisible()).isFalse();

        test(editor.body).setValue("Tekst, maar anders.");
        assertThat(writing.draft(story.getId()).featured()).extracting(l -> l.state())
                .containsExactly(ConsentState.OUTDATED);
        assertThat(editor.consentNotice.isVisible()).isTrue();
        assertThat(client.getId()).isNotNull();
    }

    @Test
    void my_stories_says_how_to_start_and_then_what_to_do_next() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.ERVARINGSDESKUNDIGE);
        StoryPeople.signInAs(author);
        navigate("verhalen/mijn", MyStoriesView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).contains("Nieuw verhaal");

        String title = "Mijn eerste " + UUID.randomUUID();
        Story story = writing.start(new StoryContent(title, "Kort", "Tekst.", "Verschil", Set.of(), Set.of(), null));
        navigate("verhalen/mijn", MyStoriesView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("verhalen/" + story.getId() + "/bewerken");
        assertThat($(Paragraph.class).withClassName("my-story-next").single().getText())
                .isEqualTo("Noem over wie het verhaal gaat.");
    }

    @Test
    void the_featured_expert_reads_the_story_and_gives_consent_and_a_coordinator_withdraws_it_for_them() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        UserAccount expert = StoryPeople.create(users, "expert", Role.ERVARINGSDESKUNDIGE);
        UserAccount colleague = StoryPeople.create(users, "collega", Role.MEDEWERKER);
        UserAccount coordinator = StoryPeople.create(users, "coordinator", Role.COORDINATOR);
        StoryPeople.signInAs(author);
        String title = "Gedeeld " + UUID.randomUUID();
        Story story = writing.start(new StoryContent(title, "Kort", "Het **hele** verhaal. <script>x()</script>",
                "Verschil", Set.of(), Set.of(), null));
        writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(expert.id(), null,
                FeaturedRelation.EXPERT));
        String route = "verhalen/" + story.getId() + "/toestemming";

        StoryPeople.signInAs(colleague);
        navigate(route, ConsentView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).startsWith("Dit verhaal");
        assertThat($(H2.class).all()).extracting(H2::getText).doesNotContain(title);

        StoryPeople.signInAs(expert);
        ConsentView view = navigate(route, ConsentView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains(title);
        assertThat($(nl.kwartiermaker.base.ui.MarkdownContent.class).single().getElement().getProperty("innerHTML"))
                .contains("<strong>hele</strong>").doesNotContain("<script");
        test(view.channels).selectItem("Intranet (de verhalenbibliotheek)");
        click(view.give);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Weet je zeker") || t.contains("zeker weet"));
        test(view.answerSure).selectItem("Ja");
        click(view.give);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Je gaf toestemming voor: Intranet"));

        StoryPeople.signInAs(coordinator);
        navigate(route, ConsentView.class);
        Button withdraw = $(Button.class).all().stream().filter(b -> b.getAriaLabel().orElse("").startsWith("Toestemming intrekken namens"))
                .findFirst().orElseThrow();
        click(withdraw);
        ConfirmDialog confirmation = openConfirmations().getFirst();
        test($(TextArea.class).all().stream().filter(t -> "Reden (niet verplicht)".equals(t.getLabel()))
                .findFirst().orElseThrow()).setValue("Op verzoek, telefonisch.");
        test(confirmation).confirm();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Ingetrokken door " + coordinator.displayName() + ".");
    }

    @Test
    void my_stories_reads_as_many_statements_for_five_stories_as_for_one() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        StoryPeople.signInAs(author);
        Story first = writing.start(new StoryContent("Een " + UUID.randomUUID(), "", "", "", Set.of(), Set.of(), null));
        writing.addFeatured(first.getId(), new StoryWritingService.NewFeatured(null, "A.", FeaturedRelation.CLIENT));
        int one = statementsToOpen("verhalen/mijn").size();
        for (int i = 0; i < 4; i++) {
            Story more = writing.start(new StoryContent("Meer " + UUID.randomUUID(), "", "", "", Set.of(), Set.of(),
                    null));
            writing.addFeatured(more.getId(), new StoryWritingService.NewFeatured(null, "B.", FeaturedRelation.CLIENT));
        }
        assertThat(statementsToOpen("verhalen/mijn")).hasSize(one);
    }
}
