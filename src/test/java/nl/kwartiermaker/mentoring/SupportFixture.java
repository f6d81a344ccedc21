package nl.kwartiermaker.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link MentoringFixture}'s people for the tests of matching, mentorships and check-ins, also from other packages
 * (the expert page's sections, the notifications), plus what those tests need besides: an account of one's own per
 * person (the register links people by account, so a shared test account would link several people) and a proposal
 * made directly, as two coordinators could have made it at the same moment.
 */
@Component
public class SupportFixture {

    private final MentoringFixture people;
    private final MentorshipRepository mentorships;
    private final RegisteredPersonRepository register;
    private final UserService users;

    SupportFixture(MentoringFixture people, MentorshipRepository mentorships, RegisteredPersonRepository register,
                   UserService users) {
        this.people = people;
        this.mentorships = mentorships;
        this.register = register;
        this.users = users;
    }

    /** A new account with these roles; signs in as a Beheerder to make it and leaves nobody signed in. */
    public UserAccount account(Role... roles) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        try {
            String run = UUID.randomUUID().toString().substring(0, 8);
            return users.create(new UserService.NewUser("begeleiding-" + run + "@test.nl", "Persoon " + run,
                    EnumSet.of(roles[0], roles), "een lang wachtwoord"));
        } finally {
            SignedIn.nobody();
        }
    }

    public RegisteredPerson expert(Long userId, String team, LocalDate startDate, Set<ExperienceTheme> themes) {
        return people.expert(userId, team, startDate, themes);
    }

    public RegisteredPerson supporter(Long userId, boolean mentor, boolean buddy, boolean expert, String team,
                                      int capacity, Seniority seniority, Set<ExperienceTheme> themes) {
        return people.supporter(userId, mentor, buddy, expert, team, capacity, seniority, themes);
    }

    public Mentorship active(RegisteredPerson expert, RegisteredPerson supporter, SupportKind kind,
                             LocalDate startedOn) {
        return people.active(expert, supporter, kind, startedOn);
    }

    /** A proposal waiting for the supporter's answer, made directly, without the matching's checks. */
    @Transactional
    public Mentorship proposed(RegisteredPerson expert, RegisteredPerson supporter, SupportKind kind, Instant at,
                               Long coordinatorId) {
        return mentorships.save(new Mentorship(expert.getId(), supporter.getId(), kind, at, coordinatorId));
    }

    /** The register's e-mail address of someone without an account. */
    @Transactional
    public RegisteredPerson withEmail(RegisteredPerson person, String email) {
        RegisteredPerson stored = register.findById(person.getId()).orElseThrow();
        stored.setEmail(email);
        return register.save(stored);
    }

    public Mentorship reload(Mentorship mentorship) {
        return mentorships.findById(mentorship.getId()).orElseThrow();
    }
}
