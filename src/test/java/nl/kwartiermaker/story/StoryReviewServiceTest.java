package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.notification.NotificationService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editorial workflow: who may review, what approval needs, sending back, unpublishing, and the publishing job
 * moving stories on with the test clock — each step in the history with who and when.
 */
@DatabaseTest
class StoryReviewServiceTest {

    @Autowired
    StoryReviewService reviews;
    @Autowired
    StoryPublishing publishing;
    @Autowired
    StoryReviewTasks tasks;
    @Autowired
    StoryFixture fixture;
    @Autowired
    StoryRepository stories;
    @Autowired
    UserService users;
    @Autowired
    NotificationService notifications;
    @Autowired
    PortalTime time;
    @Autowired
    MutableClock clock;

    UserAccount author;
    UserAccount editor;
    UserAccount medewerker;

    @BeforeEach
    void people() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        author = users.create(new UserService.NewUser("schrijver-" + run + "@test.nl", "Schrijver " + run,
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        editor = users.create(new UserService.NewUser("redacteur-" + run + "@test.nl", "Redacteur " + run,
                EnumSet.of(Role.COORDINATOR), "een lang wachtwoord"));
        medewerker = TestAccounts.withRole(users, Role.MEDEWERKER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A story in review by {@code writer} about one person who consented to every channel for this version. */
    Story inReviewWithConsent(UserAccount writer, LocalDate consentUntil) {
        Story story = fixture.draft(writer.id(), "Herstel");
        FeaturedPerson person = fixture.featured(story, null, "Anna " + story.getId(), FeaturedRelation.CLIENT);
        fixture.consent(person, true, true, true, consentUntil, time.now());
        return fixture.inReview(story);
    }

    List<StoryHistoryLine> history(Story story) {
        return reviews.history(story.getId());
    }

    boolean visible(Story story) {
        return stories.findVisible(time.now(), time.today(), true, false, false).stream()
                .anyMatch(s -> s.getId().equals(story.getId()));
    }

    @Test
    void an_editor_cannot_review_a_story_they_wrote_themselves() {
        Story own = inReviewWithConsent(editor, null);
        TestAccounts.signInAs(editor);
        assertThatThrownBy(() -> reviews.approve(own.getId(), own.getVersion(), null, null))
                .isInstanceOf(InvalidInput.class).hasMessage("story.error.own_review");
        assertThatThrownBy(() -> reviews.sendBack(own.getId(), own.getVersion(), "Beter"))
                .isInstanceOf(InvalidInput.class).hasMessage("story.error.own_review");
        assertThat(reviews.open(own.getId()).mayApprove()).isFalse();
        assertThat(tasks.mine()).extracting(PersonalTask::link).doesNotContain("verhalen/redactie/" + own.getId());
        assertThat(fixture.reload(own).getStatus()).isEqualTo(StoryStatus.IN_REVIEW);
    }

    @Test
    void a_medewerker_cannot_see_the_queue_nor_review_nor_unpublish() {
        Story story = inReviewWithConsent(author, null);
        TestAccounts.signInAs(medewerker);
        assertThatThrownBy(() -> reviews.queue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.open(story.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.approve(story.getId(), story.getVersion(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.unpublish(story.getId(), story.getVersion(), "Weg"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.mine()).extracting(PersonalTask::messageKey).doesNotContain("story.task.review");
    }

    @Test
    void approval_is_refused_while_someone_lacks_intranet_consent_for_this_version() {
        Story story = fixture.draft(author.id(), "Toestemming");
        FeaturedPerson person = fixture.featured(story, null, "Bram " + story.getId(), FeaturedRelation.PARTNER);
        fixture.consent(person, false, true, true, null, time.now());
        Story offered = fixture.inReview(story);
        TestAccounts.signInAs(editor);
        assertThat(reviews.open(offered.getId()).missingIntranetConsent()).containsExactly(person.getName());
        assertThatThrownBy(() -> reviews.approve(offered.getId(), offered.getVersion(), null, null))
                .isInstanceOf(InvalidInput.class).hasMessage("story.review.error.consent");

        fixture.consent(person, true, true, true, null, time.now());
        Story edited = fixture.edited(offered, "Een nieuwe tekst, na de toestemming.");
        assertThatThrownBy(() -> reviews.approve(edited.getId(), edited.getVersion(), null, null))
                .as("consent given for an earlier version covers nothing").isInstanceOf(InvalidInput.class)
                .hasMessage("story.review.error.consent");
        assertThat(reviews.open(edited.getId()).consents().getFirst().givenForEarlierVersion()).isTrue();

        fixture.consent(person, true, false, false, null, time.now());
        Story approved = reviews.approve(edited.getId(), fixture.reload(edited).getVersion(), null, null);
        assertThat(approved.getStatus()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(visible(approved)).isTrue();
        assertThat(history(approved).getLast()).satisfies(line -> {
            assertThat(line.kind()).isEqualTo(StoryEventKind.PUBLISHED);
            assertThat(line.actorName()).isEqualTo(editor.displayName());
            assertThat(line.at()).isEqualTo(time.now());
        });
    }

    @Test
    void sending_back_needs_a_comment_returns_the_story_to_its_author_as_a_draft_and_gives_them_a_task() {
        Story story = inReviewWithConsent(author, null);
        TestAccounts.signInAs(editor);
        assertThat(tasks.mine()).anySatisfy(t -> {
            assertThat(t.messageKey()).isEqualTo("story.task.review");
            assertThat(t.link()).isEqualTo("verhalen/redactie/" + story.getId());
        });
        assertThatThrownBy(() -> reviews.sendBack(story.getId(), story.getVersion(), "   "))
                .isInstanceOf(InvalidInput.class).hasMessage("story.review.error.comment");
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.IN_REVIEW);

        Story back = reviews.sendBack(story.getId(), story.getVersion(), "Noem wat de cliënt zelf deed.");
        assertThat(back.getStatus()).isEqualTo(StoryStatus.DRAFT);
        assertThat(history(back).getLast()).isEqualTo(new StoryHistoryLine(time.now(), StoryEventKind.SENT_BACK,
                editor.displayName(), "", "Noem wat de cliënt zelf deed."));
        assertThat(tasks.mine()).extracting(PersonalTask::link).doesNotContain("verhalen/redactie/" + story.getId());
        assertThatThrownBy(() -> reviews.open(story.getId())).as("a draft is its author's again")
                .isInstanceOf(InvalidInput.class);

        TestAccounts.signInAs(author);
        assertThat(tasks.mine()).anySatisfy(t -> {
            assertThat(t.messageKey()).isEqualTo("story.task.sent_back");
            assertThat(t.params()).containsExactly(back.getTitle());
            assertThat(t.link()).isEqualTo("verhalen/" + story.getId() + "/bewerken");
        });
        assertThat(notifications.mine(PageRequest.of(0, 20))).anySatisfy(n -> {
            assertThat(n.getTitle()).isEqualTo("Verhaal teruggestuurd: " + back.getTitle());
            assertThat(n.getMessage()).contains("Noem wat de cliënt zelf deed.");
        });
        assertThat(history(back)).as("the author reads the history too").isNotEmpty();
    }

    @Test
    void a_decision_on_a_version_someone_else_changed_meanwhile_is_refused() {
        Story story = inReviewWithConsent(author, null);
        TestAccounts.signInAs(editor);
        reviews.sendBack(story.getId(), story.getVersion(), "Eerst dit.");
        Story again = fixture.inReview(story);
        assertThatThrownBy(() -> reviews.approve(story.getId(), story.getVersion(), null, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(reviews.approve(again.getId(), again.getVersion(), null, null).getStatus())
                .isEqualTo(StoryStatus.PUBLISHED);
    }

    @Test
    void a_scheduled_story_goes_live_when_its_moment_comes_and_ends_when_its_window_closes_each_once() {
        Story story = inReviewWithConsent(author, null);
        TestAccounts.signInAs(editor);
        Instant from = time.now().plus(Duration.ofHours(1));
        Instant until = time.now().plus(Duration.ofHours(3));
        assertThatThrownBy(() -> reviews.approve(story.getId(), story.getVersion(), from, from))
                .isInstanceOf(InvalidInput.class).hasMessage("story.review.error.until");
        Story scheduled = reviews.approve(story.getId(), story.getVersion(), from, until);
        assertThat(scheduled.getStatus()).isEqualTo(StoryStatus.SCHEDULED);
        assertThat(reviews.queue()).anySatisfy(i -> {
            assertThat(i.storyId()).isEqualTo(story.getId());
            assertThat(i.status()).isEqualTo(StoryStatus.SCHEDULED);
            assertThat(i.authorName()).isEqualTo(author.displayName());
        });
        SignedIn.nobody();

        publishing.publishAndExpire();
        assertThat(fixture.reload(story).getStatus()).as("not yet").isEqualTo(StoryStatus.SCHEDULED);

        clock.advance(Duration.ofMinutes(61));
        publishing.publishAndExpire();
        publishing.publishAndExpire();
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(visible(story)).isTrue();

        clock.advance(Duration.ofHours(2));
        assertThat(visible(story)).as("the rule hides it at once, before the job").isFalse();
        publishing.publishAndExpire();
        publishing.publishAndExpire();
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.EXPIRED);

        TestAccounts.signInAs(editor);
        List<StoryHistoryLine> lines = history(story);
        assertThat(lines).extracting(StoryHistoryLine::kind).containsSubsequence(StoryEventKind.SCHEDULED,
                StoryEventKind.PUBLISHED, StoryEventKind.EXPIRED);
        assertThat(lines.stream().filter(l -> l.kind() == StoryEventKind.PUBLISHED)).as("published once")
                .singleElement().satisfies(l -> assertThat(l.byThePortal()).isTrue());
        assertThat(lines.stream().filter(l -> l.kind() == StoryEventKind.EXPIRED)).as("ended once").hasSize(1);
        assertThat(lines.stream().filter(l -> l.kind() == StoryEventKind.SCHEDULED)).singleElement()
                .satisfies(l -> assertThat(l.actorName()).isEqualTo(editor.displayName()));
    }

    @Test
    void a_published_story_ends_the_day_after_someones_consent_ran_out() {
        Story story = inReviewWithConsent(author, time.today());
        TestAccounts.signInAs(editor);
        reviews.approve(story.getId(), story.getVersion(), null, null);
        SignedIn.nobody();
        publishing.publishAndExpire();
        assertThat(fixture.reload(story).getStatus()).as("the last day still counts").isEqualTo(StoryStatus.PUBLISHED);

        clock.advance(Duration.ofDays(1));
        publishing.publishAndExpire();
        publishing.publishAndExpire();
        assertThat(fixture.reload(story).getStatus()).isEqualTo(StoryStatus.EXPIRED);
        TestAccounts.signInAs(editor);
        assertThat(history(story).stream().filter(l -> l.kind() == StoryEventKind.CONSENT_EXPIRED)).singleElement()
                .satisfies(l -> {
                    assertThat(l.personName()).isEqualTo("Anna " + story.getId());
                    assertThat(l.byThePortal()).isTrue();
                });
        TestAccounts.signInAs(author);
        assertThat(notifications.mine(PageRequest.of(0, 20))).extracting(n -> n.getTitle())
                .contains("Toestemming verlopen: " + story.getTitle());
    }

    @Test
    void an_editor_takes_a_published_story_offline_with_a_reason() {
        Story story = inReviewWithConsent(author, null);
        TestAccounts.signInAs(editor);
        Story published = reviews.approve(story.getId(), story.getVersion(), null, null);
        assertThatThrownBy(() -> reviews.unpublish(published.getId(), published.getVersion(), ""))
                .isInstanceOf(InvalidInput.class).hasMessage("story.review.error.reason");

        Story offline = reviews.unpublish(published.getId(), published.getVersion(), "Verouderde cijfers.");
        assertThat(offline.getStatus()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(visible(offline)).isFalse();
        assertThat(history(offline).getLast()).isEqualTo(new StoryHistoryLine(time.now(), StoryEventKind.UNPUBLISHED,
                editor.displayName(), "", "Verouderde cijfers."));
        assertThatThrownBy(() -> reviews.unpublish(offline.getId(), offline.getVersion(), "Nog eens"))
                .isInstanceOf(InvalidInput.class).hasMessage("story.review.error.not_published");
    }

    @Test
    void the_queue_lists_stories_in_review_oldest_first_before_the_scheduled_and_published_ones() {
        Story first = inReviewWithConsent(author, null);
        clock.advance(Duration.ofSeconds(1));
        Story second = inReviewWithConsent(author, null);
        Story live = inReviewWithConsent(author, null);
        TestAccounts.signInAs(editor);
        reviews.approve(live.getId(), live.getVersion(), null, null);
        Story draft = fixture.draft(author.id(), "Nog bezig");

        List<Long> queue = reviews.queue().stream().map(ReviewQueueItem::storyId).toList();
        assertThat(queue).containsSubsequence(first.getId(), second.getId(), live.getId())
                .doesNotContain(draft.getId());
    }
}
