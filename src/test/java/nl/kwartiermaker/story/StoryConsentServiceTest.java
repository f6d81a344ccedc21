package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class StoryConsentServiceTest {

    @Autowired
    StoryWritingService writing;
    @Autowired
    StoryConsentService consent;
    @Autowired
    UserService users;
    @Autowired
    StoryHistory history;
    @Autowired
    StoryRepository stories;
    @Autowired
    StoryFixture fixture;
    @Autowired
    PortalTime time;
    @Autowired
    StoryConsentTasks tasks;

    UserAccount author;
    UserAccount expert;
    UserAccount colleague;
    UserAccount coordinator;

    static final ConsentChoice EVERYWHERE = new ConsentChoice(true, true, true, false, null, "Dat het kan.", true);

    @BeforeEach
    void people() {
        author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        expert = StoryPeople.create(users, "expert", Role.ERVARINGSDESKUNDIGE);
        colleague = StoryPeople.create(users, "collega", Role.MEDEWERKER);
        coordinator = StoryPeople.create(users, "coordinator", Role.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A draft by the author about the expert (with an account) and a client (without one). */
    record Written(Story story, FeaturedPerson expert, FeaturedPerson client) {
    }

    Written written() {
        StoryPeople.signInAs(author);
        Story story = writing.start(new StoryContent("Gehoord " + UUID.randomUUID(), "Kort", "Het verhaal.",
                "Ze werd gehoord.", Set.of(ExperienceTheme.VERSLAVING), Set.of(ExpertRole.ONDERSTEUNER), null));
        FeaturedPerson withAccount = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(
                expert.id(), null, FeaturedRelation.EXPERT));
        FeaturedPerson client = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null,
                "Mevrouw K.", FeaturedRelation.CLIENT));
        return new Written(story, withAccount, client);
    }

    FeaturedPerson giveAsExpert(Written w) {
        StoryPeople.signInAs(expert);
        StoryConsentService.ConsentPage page = consent.page(w.story().getId());
        FeaturedPerson mine = page.mine().orElseThrow().person();
        return consent.give(mine.getId(), mine.getVersion(), page.story().getContentFingerprint(), EVERYWHERE);
    }

    FeaturedPerson recordClientForm(Written w) {
        StoryPeople.signInAs(author);
        FeaturedPerson client = writing.draft(w.story().getId()).featured().stream()
                .filter(l -> !l.hasAccount()).findFirst().orElseThrow().person();
        return consent.recordForm(client.getId(), client.getVersion(), time.today().minusDays(1), EVERYWHERE);
    }

    /** Published by the fixture (the review workflow is another part's): what the rule then shows is the point. */
    Story publish(Written w) {
        return fixture.published(w.story(), time.now().minus(Duration.ofMinutes(5)), null);
    }

    boolean visibleOn(Story story, StoryChannel channel) {
        return stories.findVisible(time.now(), time.today(), channel == StoryChannel.INTRANET,
                channel == StoryChannel.DIGEST, channel == StoryChannel.FEED).stream()
                .anyMatch(s -> s.getId().equals(story.getId()));
    }

    boolean visibleAnywhere(Story story) {
        return Arrays.stream(StoryChannel.values()).anyMatch(c -> visibleOn(story, c));
    }

    boolean visibleEverywhere(Story story) {
        return Arrays.stream(StoryChannel.values()).allMatch(c -> visibleOn(story, c));
    }

    @Test
    void only_the_featured_expert_gives_their_own_consent_and_must_be_sure() {
        Written w = written();
        StoryPeople.signInAs(author);
        assertThatThrownBy(() -> consent.give(w.expert().getId(), w.expert().getVersion(),
                w.story().getContentFingerprint(), EVERYWHERE)).isInstanceOf(AccessDeniedException.class);
        StoryPeople.signInAs(colleague);
        assertThatThrownBy(() -> consent.page(w.story().getId())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.notfound");

        StoryPeople.signInAs(expert);
        ConsentChoice unsure = new ConsentChoice(true, false, false, false, null, "", false);
        assertThatThrownBy(() -> consent.give(w.expert().getId(), w.expert().getVersion(),
                w.story().getContentFingerprint(), unsure)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.not_sure");
        ConsentChoice nowhere = new ConsentChoice(false, false, false, false, null, "", true);
        assertThatThrownBy(() -> consent.give(w.expert().getId(), w.expert().getVersion(),
                w.story().getContentFingerprint(), nowhere)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.no_channel");

        FeaturedPerson given = giveAsExpert(w);
        assertThat(given.getAnswerShow()).isEqualTo("Dat het kan.");
        assertThat(history.of(w.story().getId())).filteredOn(e -> e.getKind() == StoryEventKind.CONSENT_GIVEN)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActorId()).isEqualTo(expert.id());
                    assertThat(e.getFeaturedPersonId()).isEqualTo(given.getId());
                });
    }

    @Test
    void consent_covers_the_version_seen_and_an_edit_after_it_hides_the_story_until_given_again() {
        Written w = written();
        String seen = w.story().getContentFingerprint();
        StoryPeople.signInAs(author);
        Story edited = writing.save(w.story().getId(), w.story().getVersion(), new StoryContent(
                w.story().getTitle(), "Kort", "Een andere tekst.", "Ze werd gehoord.", Set.of(), Set.of(), null));

        StoryPeople.signInAs(expert);
        assertThatThrownBy(() -> consent.give(w.expert().getId(), w.expert().getVersion(), seen, EVERYWHERE))
                .as("the text changed while the expert read it").isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.changed_meanwhile");

        giveAsExpert(w);
        recordClientForm(w);
        publish(w);
        assertThat(visibleEverywhere(edited)).isTrue();

        fixture.edited(edited, "Nog weer anders, na alle toestemming.");
        assertThat(visibleAnywhere(edited)).isFalse();
        StoryPeople.signInAs(author);
        assertThat(writing.draft(edited.getId()).featured()).extracting(FeaturedLine::state)
                .containsOnly(ConsentState.OUTDATED);
    }

    @Test
    void the_author_records_the_form_of_someone_without_an_account_with_its_date_and_who_took_it() {
        Written w = written();
        StoryPeople.signInAs(colleague);
        assertThatThrownBy(() -> consent.recordForm(w.client().getId(), w.client().getVersion(), time.today(),
                EVERYWHERE)).isInstanceOf(InvalidInput.class);
        StoryPeople.signInAs(author);
        assertThatThrownBy(() -> consent.recordForm(w.expert().getId(), w.expert().getVersion(), time.today(),
                EVERYWHERE)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.own_consent");
        assertThatThrownBy(() -> consent.recordForm(w.client().getId(), w.client().getVersion(),
                time.today().plusDays(1), EVERYWHERE)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.form_date.future");

        recordClientForm(w);
        FeaturedLine line = writing.draft(w.story().getId()).featured().stream().filter(l -> !l.hasAccount())
                .findFirst().orElseThrow();
        assertThat(line.state()).isEqualTo(ConsentState.GIVEN);
        assertThat(line.person().getConsentFormDate()).isEqualTo(time.today().minusDays(1));
        assertThat(line.takenByName()).isEqualTo(author.displayName());
        assertThat(history.of(w.story().getId())).extracting(StoryEvent::getKind)
                .contains(StoryEventKind.CONSENT_RECORDED);
    }

    @Test
    void the_expert_withdraws_their_own_consent_and_the_story_leaves_every_channel_at_once() {
        Written w = written();
        FeaturedPerson given = giveAsExpert(w);
        recordClientForm(w);
        Story story = publish(w);
        assertThat(visibleEverywhere(story)).isTrue();

        StoryPeople.signInAs(expert);
        consent.withdraw(given.getId(), "");

        assertThat(visibleAnywhere(story)).isFalse();
        assertThat(history.of(story.getId())).filteredOn(e -> e.getKind() == StoryEventKind.CONSENT_WITHDRAWN)
                .singleElement().satisfies(e -> assertThat(e.getActorId()).isEqualTo(expert.id()));
        assertThatThrownBy(() -> consent.withdraw(given.getId(), "")).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.already_withdrawn");
    }

    @Test
    void a_coordinator_withdraws_on_someones_behalf_and_a_colleague_cannot() {
        Written w = written();
        giveAsExpert(w);
        FeaturedPerson client = recordClientForm(w);
        Story story = publish(w);

        StoryPeople.signInAs(colleague);
        assertThatThrownBy(() -> consent.withdraw(client.getId(), "")).isInstanceOf(AccessDeniedException.class);
        StoryPeople.signInAs(author);
        assertThatThrownBy(() -> consent.withdraw(client.getId(), "")).isInstanceOf(AccessDeniedException.class);
        assertThat(visibleEverywhere(story)).isTrue();

        StoryPeople.signInAs(coordinator);
        StoryConsentService.ConsentPage page = consent.page(story.getId());
        assertThat(page.mayWithdrawForOthers()).isTrue();
        assertThat(page.everyone()).hasSize(2);
        consent.withdraw(client.getId(), "Mevrouw K. belde: ze wil het niet meer.");

        assertThat(visibleAnywhere(story)).isFalse();
        assertThat(history.of(story.getId())).filteredOn(e -> e.getKind() == StoryEventKind.CONSENT_WITHDRAWN)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActorId()).isEqualTo(coordinator.id());
                    assertThat(e.getComment()).isEqualTo("Mevrouw K. belde: ze wil het niet meer.");
                });
        assertThat(consent.page(story.getId()).everyone()).filteredOn(l -> !l.hasAccount()).singleElement()
                .satisfies(l -> {
                    assertThat(l.state()).isEqualTo(ConsentState.WITHDRAWN);
                    assertThat(l.withdrawnByName()).isEqualTo(coordinator.displayName());
                });
    }

    @Test
    void the_featured_expert_has_a_task_until_their_consent_covers_the_text_and_again_after_a_change() {
        Written w = written();
        String link = "verhalen/" + w.story().getId() + "/toestemming";
        StoryPeople.signInAs(expert);
        assertThat(tasks.mine()).extracting(nl.kwartiermaker.base.PersonalTask::link).contains(link);
        giveAsExpert(w);
        assertThat(tasks.mine()).extracting(nl.kwartiermaker.base.PersonalTask::link).doesNotContain(link);

        StoryPeople.signInAs(author);
        Story current = writing.draft(w.story().getId()).story();
        writing.save(current.getId(), current.getVersion(), new StoryContent(current.getTitle(), "Kort",
                "Veranderd.", "Ze werd gehoord.", Set.of(), Set.of(), null));
        StoryPeople.signInAs(expert);
        assertThat(tasks.mine()).extracting(nl.kwartiermaker.base.PersonalTask::link).contains(link);
        StoryPeople.signInAs(colleague);
        assertThat(tasks.mine()).extracting(nl.kwartiermaker.base.PersonalTask::link).doesNotContain(link);
    }
}
