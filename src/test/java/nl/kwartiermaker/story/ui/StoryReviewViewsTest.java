package nl.kwartiermaker.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.FeaturedRelation;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryFixture;
import nl.kwartiermaker.story.StoryStatus;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editors' queue and a story's review page: what the editor sees, and approve, send back and unpublish. */
class StoryReviewViewsTest extends BrowserlessViewTest {

    @Autowired
    StoryFixture fixture;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;

    UserAccount author;
    UserAccount editor;
    Story story;
    FeaturedPerson person;

    @BeforeEach
    void aStoryInReview() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        author = users.create(new UserService.NewUser("auteur-" + run + "@test.nl", "Auteur " + run,
                EnumSet.of(Role.ERVARINGSDESKUNDIGE), "een lang wachtwoord"));
        editor = TestAccounts.withRole(users, Role.COORDINATOR);
        Story draft = fixture.draft(author.id(), "Weer aan het werk");
        draft = fixture.edited(draft, "Het begon met **koffie**. <script>alert('x')</script>");
        person = fixture.featured(draft, null, "Carla " + run, FeaturedRelation.CLIENT);
        fixture.consent(person, true, false, true, null, time.now());
        story = fixture.inReview(draft);
        TestAccounts.signInAs(editor);
    }

    StoryReviewView openReview() {
        return navigate("verhalen/redactie/" + story.getId(), StoryReviewView.class);
    }

    String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void the_queue_links_each_story_waiting_for_review() {
        StoryReviewQueueView queue = navigate(StoryReviewQueueView.class);
        assertThat($(Anchor.class).from(queue.waiting).all()).anySatisfy(a -> {
            assertThat(a.getText()).isEqualTo(story.getTitle());
            assertThat(a.getHref()).isEqualTo("verhalen/redactie/" + story.getId());
        });
        assertThat(queue.waiting.getElement().getTextRecursively()).contains("Door " + author.displayName());
    }

    @Test
    void the_review_page_shows_the_story_as_readers_will_its_consent_per_channel_and_its_history() {
        StoryReviewView view = openReview();
        String html = $(nl.kwartiermaker.base.ui.MarkdownContent.class).from(view).first().getElement()
                .getProperty("innerHTML");
        assertThat(html).contains("<strong>koffie</strong>").doesNotContain("<script");
        assertThat(pageText()).contains("Beoordelen: " + story.getTitle(), "Geschreven door " + author.displayName(),
                person.getName(), "Intranet (de verhalenbibliotheek): ja",
                "Nieuwsbrief (de mail met nieuwe verhalen): nee", "Geschiedenis");
        assertThat(view.approve.isEnabled()).isTrue();
        assertThat(view.unpublish.isVisible()).isFalse();
    }

    @Test
    void approving_with_a_later_moment_schedules_the_story_and_the_history_names_the_editor() {
        StoryReviewView view = openReview();
        click(view.approve);
        StoryReviewView.ApproveDialog dialog = $(StoryReviewView.ApproveDialog.class).single();
        dialog.from.setValue(LocalDateTime.ofInstant(time.now(), PortalTime.ZONE).plusDays(2).withSecond(0)
                .withNano(0));
        click(dialog.save);
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(notificationTexts()).contains("Het verhaal is goedgekeurd en ingepland.");
        assertThat(pageText()).contains("Goedgekeurd en ingepland").contains(editor.displayName());
        assertThat(view.unpublish.isVisible()).isTrue();
        assertThat(view.approve.isVisible()).isFalse();
    }

    @Test
    void sending_back_asks_for_a_comment_first_and_then_returns_the_story_to_its_author() {
        StoryReviewView view = openReview();
        click(view.sendBack);
        StoryReviewView.TextDialog dialog = $(StoryReviewView.TextDialog.class).single();
        click(dialog.save);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Schrijf wat er anders moet"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.IN_REVIEW);

        dialog.text.setValue("Wat deed Carla zelf?");
        click(dialog.save);
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.DRAFT);
        assertThat(getCurrentView()).isInstanceOf(StoryReviewQueueView.class);
    }

    @Test
    void an_editor_takes_a_published_story_offline_after_a_reason_and_a_confirmation() {
        fixture.published(story, time.now(), null);
        StoryReviewView view = openReview();
        click(view.unpublish);
        StoryReviewView.TextDialog dialog = $(StoryReviewView.TextDialog.class).single();
        dialog.text.setValue("Carla vroeg het telefonisch.");
        click(dialog.save);
        assertThat(fixture.reload(story).getStatus()).as("not before the confirmation").isEqualTo(StoryStatus.PUBLISHED);
        ConfirmDialog confirm = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow();
        test(confirm).confirm();
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(pageText()).contains("Van publicatie gehaald", "Carla vroeg het telefonisch.");
    }

    @Test
    void the_author_sees_no_decisions_on_their_own_story_and_a_medewerker_not_the_page() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount medewerker = TestAccounts.withRole(users, Role.MEDEWERKER);
        TestAccounts.signInAs(medewerker);
        navigate("verhalen/redactie/" + story.getId(), com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccessDeniedView");

        Story own = fixture.inReview(fixture.draft(editor.id(), "Eigen verhaal"));
        TestAccounts.signInAs(editor);
        StoryReviewView view = navigate("verhalen/redactie/" + own.getId(), StoryReviewView.class);
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(view.sendBack.isVisible()).isFalse();
        assertThat(pageText()).contains("Je kunt een verhaal dat je zelf schreef niet beoordelen.");
    }

    @Test
    void a_story_no_longer_with_the_editors_says_so_and_leads_back_to_the_queue() {
        Story draft = fixture.draft(author.id(), "Nog een concept");
        navigate("verhalen/redactie/" + draft.getId(), StoryReviewView.class);
        assertThat(pageText()).contains("Dit verhaal ligt niet bij de redactie");
        assertThat($(Anchor.class).all()).anyMatch(a -> "verhalen/redactie".equals(a.getHref()));
        assertThat($(Button.class).all()).noneMatch(b -> b.isVisible() && "Goedkeuren".equals(b.getText()));
    }

    @Test
    void the_queue_and_the_review_page_cost_the_same_statements_for_few_and_for_more_stories_and_history() {
        var queueFew = statementsToOpen("verhalen/redactie");
        var pageFew = statementsToOpen("verhalen/redactie/" + story.getId());
        for (int i = 0; i < 12; i++) {
            Story more = fixture.inReview(fixture.draft(author.id(), "Nog een verhaal"));
            fixture.consent(fixture.featured(more, null, "Eva", FeaturedRelation.PARTNER), true, true, true, null,
                    time.now());
            fixture.published(more, time.now(), null);
            fixture.consent(fixture.featured(story, null, "Persoon " + i, FeaturedRelation.COLLEAGUE), true, true,
                    true, null, time.now());
        }
        assertThat(statementsToOpen("verhalen/redactie")).hasSize(queueFew.size());
        assertThat(statementsToOpen("verhalen/redactie/" + story.getId())).hasSize(pageFew.size());
        // the queue's rows and the authors' names
        assertThat(queueFew).filteredOn(sql -> sql.matches("(?is).*\\bfrom story\\s.*")).hasSize(1);
        // the story, its featured people, its history and the names in it
        assertThat(pageFew).hasSizeLessThanOrEqualTo(6)
                .filteredOn(sql -> sql.matches("(?is).*\\bfrom story_event\\s.*")).hasSize(1);
    }
}
