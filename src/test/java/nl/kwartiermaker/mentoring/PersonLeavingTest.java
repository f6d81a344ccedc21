package nl.kwartiermaker.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.TestAccounts;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class PersonLeavingTest {

    @Autowired
    MentoringRegisterService register;
    @Autowired
    MentoringFixture fixture;
    @Autowired
    MentorshipRepository mentorships;
    @Autowired
    SupervisionArrangementRepository supervision;
    @Autowired
    RegisteredPersonRepository people;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;

    @BeforeEach
    void coordinator() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        TestAccounts.signInAs(TestAccounts.withRole(users, Role.COORDINATOR));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private RegisteredPerson supporter() {
        return fixture.supporter(null, true, true, true, "Team Zuid", 3, Seniority.EXPERIENCED, Set.of());
    }

    @Test
    void a_mentor_who_leaves_ends_their_mentorships_and_proposals_to_them_are_withdrawn() {
        LocalDate start = time.today().minusMonths(2);
        RegisteredPerson mentor = supporter();
        RegisteredPerson first = fixture.expert(null, "Team Noord", start, Set.of());
        RegisteredPerson second = fixture.expert(null, "Team Noord", start, Set.of());
        Mentorship running = fixture.active(first, mentor, SupportKind.MENTOR, start);
        Mentorship asked = mentorships.save(new Mentorship(second.getId(), mentor.getId(), SupportKind.MENTOR,
                time.now(), null));

        register.markLeft(mentor.getId(), people.findById(mentor.getId()).orElseThrow().getVersion());

        Mentorship ended = mentorships.findById(running.getId()).orElseThrow();
        assertThat(ended.getStatus()).isEqualTo(MentorshipStatus.ENDED);
        assertThat(ended.getEndedOn()).isEqualTo(time.today());
        assertThat(mentorships.findById(asked.getId()).orElseThrow().getStatus())
                .isEqualTo(MentorshipStatus.WITHDRAWN);
    }

    @Test
    void an_expert_who_leaves_ends_their_buddy_and_their_supervision_and_nobody_elses() {
        LocalDate start = time.today().minusMonths(1);
        RegisteredPerson buddy = supporter();
        RegisteredPerson supervisor = supporter();
        RegisteredPerson leaving = fixture.expert(null, "Team Noord", start, Set.of());
        RegisteredPerson staying = fixture.expert(null, "Team Noord", start, Set.of());
        Mentorship theirs = fixture.active(leaving, buddy, SupportKind.BUDDY, start);
        Mentorship other = fixture.active(staying, buddy, SupportKind.BUDDY, start);
        SupervisionArrangement arrangement = supervision.save(new SupervisionArrangement(leaving.getId(),
                supervisor.getId(), SupervisionFocus.CONTENT, CheckInRhythm.MONTHLY));

        register.markLeft(leaving.getId(), people.findById(leaving.getId()).orElseThrow().getVersion());

        assertThat(mentorships.findById(theirs.getId()).orElseThrow().getStatus()).isEqualTo(MentorshipStatus.ENDED);
        assertThat(mentorships.findById(other.getId()).orElseThrow().getStatus()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(supervision.findById(arrangement.getId()).orElseThrow().getEndedOn()).isEqualTo(time.today());
    }
}
