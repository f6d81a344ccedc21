package nl.kwartiermaker.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@DatabaseTest
class StoryWritingServiceTest {

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

    UserAccount author;
    UserAccount colleague;
    UserAccount expert;
    String run;

    @BeforeEach
    void people() {
        author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        colleague = StoryPeople.create(users, "collega", Role.MEDEWERKER);
        expert = StoryPeople.create(users, "expert", Role.ERVARINGSDESKUNDIGE);
        run = UUID.randomUUID().toString().substring(0, 8);
        StoryPeople.signInAs(author);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    StoryContent content(String title) {
        return new StoryContent(title, "Kort gezegd", "Het **verhaal**.", "Ze werd gehoord.",
                Set.of(ExperienceTheme.DAKLOOSHEID), Set.of(ExpertRole.ONDERSTEUNER), null);
    }

    @Test
    void a_draft_gets_its_address_from_the_title_with_a_suffix_when_taken_and_its_start_is_in_the_history() {
        Story first = writing.start(content("Eigen regie " + run));
        Story second = writing.start(content("Eigen régie " + run));
        Story reserved = writing.start(content("Nieuw"));

        assertThat(first.getSlug()).isEqualTo("eigen-regie-" + run);
        assertThat(second.getSlug()).isEqualTo("eigen-regie-" + run + "-2");
        assertThat(reserved.getSlug()).isNotEqualTo("nieuw").startsWith("nieuw-");
        assertThat(history.of(first.getId())).extracting(StoryEvent::getKind, StoryEvent::getActorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StoryEventKind.CREATED, author.id()));
    }

    @Test
    void only_the_author_sees_and_edits_a_draft_and_only_while_it_is_a_draft() {
        Story story = writing.start(content("Alleen van mij " + run));
        StoryPeople.signInAs(colleague);
        assertThatThrownBy(() -> writing.draft(story.getId())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.notfound");
        assertThatThrownBy(() -> writing.save(story.getId(), story.getVersion(), content("Gekaapt")))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "story.error.notfound");
        assertThat(writing.mine()).noneMatch(s -> s.id() == story.getId());

        StoryPeople.signInAs(author);
        writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null, "Mevrouw J.",
                FeaturedRelation.CLIENT));
        Story submitted = writing.submit(story.getId(), story.getVersion());
        assertThat(submitted.getStatus()).isEqualTo(StoryStatus.IN_REVIEW);
        assertThatThrownBy(() -> writing.save(story.getId(), submitted.getVersion(), content("Nog even")))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "story.error.not_draft");
        assertThat(writing.draft(story.getId()).editable()).isFalse();
    }

    @Test
    void a_save_on_top_of_a_newer_save_is_refused() {
        Story story = writing.start(content("Twee tabbladen " + run));
        long seen = story.getVersion();
        Story saved = writing.save(story.getId(), seen, content("Twee tabbladen, eerste " + run));
        assertThat(saved.getVersion()).isGreaterThan(seen);

        assertThatThrownBy(() -> writing.save(story.getId(), seen, content("Twee tabbladen, tweede " + run)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(writing.draft(story.getId()).story().getTitle()).isEqualTo("Twee tabbladen, eerste " + run);
    }

    @Test
    void texts_past_their_limits_are_refused_with_a_message_that_names_the_limit() {
        Story story = writing.start(content("Te lang " + run));
        StoryContent tooLong = new StoryContent("Te lang " + run, "s", "b".repeat(Story.BODY_MAX + 1), "i", Set.of(),
                Set.of(), null);
        assertThatThrownBy(() -> writing.save(story.getId(), story.getVersion(), tooLong))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "story.error.body")
                .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(Story.BODY_MAX));
        assertThatThrownBy(() -> writing.start(content("  "))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.title.required");
        assertThatThrownBy(() -> writing.save(story.getId(), story.getVersion(), new StoryContent("Te lang " + run,
                "s", "b", "i", Set.of(), Set.of(), Long.MAX_VALUE))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.traject");
    }

    @Test
    void a_story_is_offered_for_review_only_with_its_four_texts_and_someone_it_is_about() {
        Story story = writing.start(new StoryContent("Half af " + run, "", "Tekst", "", Set.of(), Set.of(), null));
        assertThatThrownBy(() -> writing.submit(story.getId(), story.getVersion())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.summary.required");
        Story complete = writing.save(story.getId(), story.getVersion(), content("Half af " + run));
        assertThat(writing.mine()).filteredOn(s -> s.id() == story.getId()).singleElement()
                .extracting(StoryWritingService.MyStory::next).isEqualTo(StoryWritingService.NextStep.ADD_PERSON);
        assertThatThrownBy(() -> writing.submit(story.getId(), complete.getVersion()))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "story.error.nobody");

        writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(expert.id(), null,
                FeaturedRelation.EXPERT));
        assertThat(writing.mine()).filteredOn(s -> s.id() == story.getId()).singleElement()
                .extracting(StoryWritingService.MyStory::next).isEqualTo(StoryWritingService.NextStep.SUBMIT);
        writing.submit(story.getId(), complete.getVersion());

        assertThat(history.of(story.getId())).extracting(StoryEvent::getKind)
                .containsExactly(StoryEventKind.CREATED, StoryEventKind.SUBMITTED);
        assertThat(writing.mine()).filteredOn(s -> s.id() == story.getId()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(StoryStatus.IN_REVIEW))
                .extracting(StoryWritingService.MyStory::next).isEqualTo(StoryWritingService.NextStep.AWAIT_REVIEW);
    }

    @Test
    void featured_people_are_chosen_from_accounts_or_named_and_can_be_changed_and_removed() {
        Story story = writing.start(content("Mensen " + run));
        FeaturedPerson fromAccount = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(
                expert.id(), "een andere naam", FeaturedRelation.EXPERT));
        assertThat(fromAccount.getName()).as("an account brings its own name").isEqualTo(expert.displayName());
        assertThatThrownBy(() -> writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(expert.id(),
                null, FeaturedRelation.EXPERT))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.featured_twice");
        assertThatThrownBy(() -> writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null, " ",
                FeaturedRelation.CLIENT))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "story.error.name.required");

        FeaturedPerson partner = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null,
                "Wijkteam Noord", FeaturedRelation.PARTNER));
        FeaturedPerson renamed = writing.changeFeatured(partner.getId(), partner.getVersion(), "Wijkteam Zuid",
                FeaturedRelation.PARTNER);
        assertThat(renamed.getName()).isEqualTo("Wijkteam Zuid");

        StoryPeople.signInAs(colleague);
        assertThatThrownBy(() -> writing.removeFeatured(fromAccount.getId())).isInstanceOf(InvalidInput.class);
        StoryPeople.signInAs(author);
        writing.removeFeatured(fromAccount.getId());
        List<FeaturedLine> left = writing.draft(story.getId()).featured();
        assertThat(left).extracting(l -> l.person().getName()).containsExactly("Wijkteam Zuid");
        assertThat(left).extracting(FeaturedLine::state).containsExactly(ConsentState.MISSING);
    }
}
