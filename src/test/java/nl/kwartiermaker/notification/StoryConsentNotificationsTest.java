package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.story.ConsentChoice;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.FeaturedRelation;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryConsentService;
import nl.kwartiermaker.story.StoryContent;
import nl.kwartiermaker.story.StoryPeople;
import nl.kwartiermaker.story.StoryWritingService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The featured expert is asked for consent once per version that needs it; the author hears of a withdrawal. */
@DatabaseTest
class StoryConsentNotificationsTest {

    @Autowired
    StoryWritingService writing;
    @Autowired
    StoryConsentService consent;
    @Autowired
    UserService users;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    InAppNotificationRepository inApp;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** The requests for consent in the expert's mail; the account's welcome mail is there too. */
    List<OutgoingMail> consentRequests(UserAccount expert) {
        return outbox.findByRecipientOrderById(expert.email()).stream()
                .filter(m -> m.getSubject().contains("vraagt je toestemming")).toList();
    }

    StoryContent content(String title, String body) {
        return new StoryContent(title, "Kort", body, "Het verschil.", Set.of(), Set.of(), null);
    }

    @Test
    void the_expert_is_asked_once_when_added_and_once_when_the_text_changes_after_their_consent() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        UserAccount expert = StoryPeople.create(users, "expert", Role.ERVARINGSDESKUNDIGE);
        String title = "Gevraagd " + UUID.randomUUID().toString().substring(0, 8);
        StoryPeople.signInAs(author);
        Story story = writing.start(content(title, "Eerste versie."));
        FeaturedPerson person = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(expert.id(),
                null, FeaturedRelation.EXPERT));

        List<OutgoingMail> asked = consentRequests(expert);
        assertThat(asked).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo(author.displayName() + " vraagt je toestemming voor het verhaal \""
                    + title + "\"");
            assertThat(mail.getBody()).contains("/verhalen/" + story.getId() + "/toestemming");
        });
        assertThat(inApp.findByUserIdOrderByCreatedAtDescIdDesc(expert.id(), org.springframework.data.domain.Pageable
                .unpaged())).filteredOn(n -> n.getLink() != null && n.getLink().startsWith("verhalen/"))
                .singleElement().extracting(InAppNotification::getLink)
                .isEqualTo("verhalen/" + story.getId() + "/toestemming");

        Story saved = writing.save(story.getId(), story.getVersion(),
                content(title, "Tweede versie, voor toestemming."));
        assertThat(consentRequests(expert)).as("no consent yet: nothing to renew").hasSize(1);

        StoryPeople.signInAs(expert);
        consent.give(person.getId(), person.getVersion(), saved.getContentFingerprint(),
                new ConsentChoice(true, true, false, false, null, "", true));
        StoryPeople.signInAs(author);
        Story third = writing.save(story.getId(), saved.getVersion(), content(title, "Derde versie."));
        writing.save(story.getId(), third.getVersion(), content(title, "Vierde versie, al typend."));

        assertThat(consentRequests(expert)).as("asked again once, not per save").hasSize(2);
    }

    @Test
    void the_author_hears_when_a_coordinator_withdraws_consent_on_someones_behalf() {
        UserAccount author = StoryPeople.create(users, "auteur", Role.MEDEWERKER);
        UserAccount coordinator = StoryPeople.create(users, "coordinator", Role.COORDINATOR);
        StoryPeople.signInAs(author);
        Story story = writing.start(content("Ingetrokken " + UUID.randomUUID().toString().substring(0, 8), "Tekst."));
        FeaturedPerson client = writing.addFeatured(story.getId(), new StoryWritingService.NewFeatured(null,
                "Meneer P.", FeaturedRelation.CLIENT));

        StoryPeople.signInAs(coordinator);
        consent.withdraw(client.getId(), "Hij belde af.");

        assertThat(outbox.findByRecipientOrderById(author.email())).filteredOn(m -> m.getSubject().startsWith(
                "Toestemming ingetrokken")).singleElement().satisfies(mail -> assertThat(mail.getBody())
                .contains("Meneer P.", coordinator.displayName(), "Hij belde af."));
    }
}
