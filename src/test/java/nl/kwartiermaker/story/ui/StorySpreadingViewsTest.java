package nl.kwartiermaker.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.BrowserlessViewTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.story.DigestFrequency;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryDigestService;
import nl.kwartiermaker.story.StoryFixture;
import nl.kwartiermaker.story.StoryImageService;
import nl.kwartiermaker.story.TestPictures;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The picture field, the digest settings, the opt-out page and the feed page, as a person uses them. */
class StorySpreadingViewsTest extends BrowserlessViewTest {

    @Autowired
    StoryImageService images;
    @Autowired
    StoryDigestService digests;
    @Autowired
    StoryFixture fixture;
    @Autowired
    UserService users;

    UserAccount person;

    @BeforeEach
    void aPerson() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        person = users.create(new UserService.NewUser("h4-" + UUID.randomUUID() + "@test.nl", "Schrijver",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        TestAccounts.signInAs(person);
    }

    @Test
    void an_author_adds_a_picture_with_its_description_and_sees_the_preview() {
        Story draft = fixture.draft(person.id(), "Veld");
        List<Story> saved = new ArrayList<>();
        StoryImageField field = new StoryImageField(images, draft.getId(), draft.getVersion(), saved::add);

        field.store("foto.png", TestPictures.png(500, 300));
        assertThat(field.alt.isInvalid()).as("no description yet").isTrue();
        assertThat(saved).isEmpty();

        field.alt.setValue("Twee collega's in gesprek");
        field.store("foto.png", TestPictures.png(500, 300));

        assertThat(saved).singleElement().satisfies(story -> assertThat(story.getImageName()).isNotNull());
        assertThat(field.getChildren().flatMap(c -> c.getChildren()).filter(Image.class::isInstance).count())
                .isEqualTo(1);
        assertThat(field.remove.isVisible()).isTrue();
    }

    @Test
    void a_file_that_is_no_picture_is_refused_with_a_clear_message() {
        Story draft = fixture.draft(person.id(), "Geen beeld");
        StoryImageField field = new StoryImageField(images, draft.getId(), draft.getVersion(), story -> { });
        field.alt.setValue("Een foto");

        field.store("foto.png", "gewoon tekst".getBytes(StandardCharsets.UTF_8));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("geen afbeelding"));
        assertThat(fixture.reload(draft).getImageName()).isNull();
    }

    @Test
    void someone_chooses_a_weekly_digest_and_stops_it_again() {
        StoryDigestView view = navigate("verhalen/nieuwsbrief", StoryDigestView.class);
        assertThat(view.choice.getValue()).isEqualTo(StoryDigestView.NONE);

        view.choice.setValue(DigestFrequency.WEEKLY.name());
        click(view.save);
        assertThat(digests.myFrequency()).contains(DigestFrequency.WEEKLY);

        view.choice.setValue(StoryDigestView.NONE);
        click(view.save);
        assertThat(digests.myFrequency()).isEmpty();
    }

    @Test
    void the_opt_out_page_opens_without_signing_in_and_says_when_a_link_does_not_work() {
        SignedIn.nobody();
        StoryDigestOptOutView view = navigate("verhalen/nieuwsbrief/afmelden", StoryDigestOptOutView.class);

        click(view.confirm);

        assertThat(view.outcome.getText()).contains("werkt niet");
    }

    @Test
    void the_beheerder_sees_a_new_feed_token_once_in_the_feed_address() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        StoryFeedSettingsView view = navigate("verhalen/feed", StoryFeedSettingsView.class);
        assertThat(view.shownOnce.isVisible()).isFalse();

        view.makeToken();

        assertThat(view.shownOnce.isVisible()).isTrue();
        assertThat(view.shownOnce.getValue()).contains("/verhalen/feed.atom?token=");
    }
}
