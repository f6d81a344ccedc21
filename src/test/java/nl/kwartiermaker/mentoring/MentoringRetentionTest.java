package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.RetentionJob;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class MentoringRetentionTest {

    @Autowired
    RetentionJob retention;
    @Autowired
    SupportFixture fixture;
    @Autowired
    CheckInRepository checkIns;
    @Autowired
    PersonalNotesRepository notes;
    @Autowired
    RegisteredPersonRepository people;
    @Autowired
    MutableClock clock;

    String team;
    RegisteredPerson expert;
    Mentorship mentorship;
    UserAccount mentorAccount;

    @BeforeEach
    void anExpertWithAMentorSinceLongAgo() {
        team = "Team " + UUID.randomUUID();
        LocalDate longAgo = LocalDate.ofInstant(clock.instant(), PortalTime.ZONE).minusYears(10);
        expert = fixture.expert(null, team, longAgo, Set.of());
        mentorAccount = fixture.account(Role.MENTOR);
        RegisteredPerson mentor = fixture.supporter(mentorAccount.id(), true, false, false, team, 2, Seniority.SENIOR,
                Set.of());
        mentorship = fixture.active(expert, mentor, SupportKind.MENTOR, longAgo);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** The first day the period still keeps: a record of the day before goes. */
    LocalDate firstDayKept(String dataType) {
        return LocalDate.ofInstant(clock.instant().minus(retention.periods().get(dataType)), PortalTime.ZONE);
    }

    CheckIn checkIn(LocalDate heldOn, String text) {
        CheckIn checkIn = new CheckIn(mentorship.getId(), heldOn, CheckInForm.WALK, mentorAccount.id());
        checkIn.write(heldOn, CheckInForm.WALK, "Rooster", "Grenzen", "Casus meenemen", text);
        return checkIns.save(checkIn);
    }

    @Test
    void check_in_notes_are_blanked_the_day_after_the_period_and_the_check_in_itself_stays() {
        LocalDate firstKept = firstDayKept("check-in-notes");
        CheckIn outside = checkIn(firstKept.minusDays(1), "Slaapt slecht, just outside");
        CheckIn inside = checkIn(firstKept, "Slaapt slecht, just inside");

        assertThat(retention.apply("check-in-notes")).isPositive();

        CheckIn blanked = checkIns.findById(outside.getId()).orElseThrow();
        assertThat(blanked.getNotes()).isEmpty();
        assertThat(blanked.getHeldOn()).isEqualTo(firstKept.minusDays(1));
        assertThat(blanked.getGoal()).as("only the notes are sensitive").isEqualTo("Grenzen");
        assertThat(blanked.getVersion()).as("an open edit of it cannot write the notes back")
                .isGreaterThan(outside.getVersion());
        assertThat(checkIns.findById(inside.getId()).orElseThrow().getNotes()).isEqualTo("Slaapt slecht, just inside");
    }

    @Test
    void personal_notes_go_once_the_person_left_longer_ago_than_the_period_and_stay_while_they_are_here() {
        LocalDate firstKept = firstDayKept("personal-notes");
        RegisteredPerson leftLongAgo = withNotes(fixture.expert(null, team, firstKept.minusYears(5), Set.of()),
                firstKept.minusDays(1));
        RegisteredPerson leftRecently = withNotes(fixture.expert(null, team, firstKept.minusYears(5), Set.of()),
                firstKept);
        RegisteredPerson stillHere = withNotes(expert, null);

        assertThat(retention.apply("personal-notes")).isPositive();

        assertThat(notes.findById(leftLongAgo.getId())).isEmpty();
        assertThat(people.findById(leftLongAgo.getId())).as("the entry stays for the history").isPresent();
        assertThat(notes.findById(leftRecently.getId())).isPresent();
        assertThat(notes.findById(stillHere.getId())).isPresent();
    }

    RegisteredPerson withNotes(RegisteredPerson person, LocalDate leftOn) {
        PersonalNotes written = new PersonalNotes(person.getId());
        written.setPersonalSituation("Woont sinds kort zelfstandig");
        notes.save(written);
        if (leftOn == null) {
            return person;
        }
        RegisteredPerson stored = people.findById(person.getId()).orElseThrow();
        stored.setLeftOn(leftOn);
        return people.save(stored);
    }
}
