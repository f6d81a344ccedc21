package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People in the register for tests of one Begeleiding part without going through the register's forms. Each call
 * makes a new person with a unique name, so tests in any order bring their own data.
 */
@Component
class MentoringFixture {

    private final RegisteredPersonRepository people;
    private final MentorshipRepository mentorships;

    MentoringFixture(RegisteredPersonRepository people, MentorshipRepository mentorships) {
        this.people = people;
        this.mentorships = mentorships;
    }

    /** An expert by experience who started on {@code startDate}, linked to the account {@code userId} if not null. */
    @Transactional
    RegisteredPerson expert(Long userId, String team, LocalDate startDate, Set<ExperienceTheme> themes) {
        RegisteredPerson person = new RegisteredPerson("Ervaringsdeskundige " + UUID.randomUUID());
        person.setUserId(userId);
        person.setExpert(true);
        person.setTeam(team);
        person.setStartDate(startDate);
        person.setThemes(themes);
        person.setEmployment(Employment.PAID);
        person.setHoursPerWeek(16);
        return people.save(person);
    }

    /** Someone who offers to be a mentor and/or buddy for at most {@code capacity} experts. */
    @Transactional
    RegisteredPerson supporter(Long userId, boolean mentor, boolean buddy, boolean expert, String team, int capacity,
                               Seniority seniority, Set<ExperienceTheme> themes) {
        RegisteredPerson person = new RegisteredPerson("Begeleider " + UUID.randomUUID());
        person.setUserId(userId);
        person.setOffersMentoring(mentor);
        person.setOffersBuddy(buddy);
        person.setExpert(expert);
        person.setTeam(team);
        person.setCapacity(capacity);
        person.setSeniority(seniority);
        person.setThemes(themes);
        return people.save(person);
    }

    /** A running mentorship or buddy arrangement since {@code startedOn}, as if proposed and accepted. */
    @Transactional
    Mentorship active(RegisteredPerson expert, RegisteredPerson supporter, SupportKind kind, LocalDate startedOn) {
        // a running mentorship without a start is data the services never make; the reminder job would trip on it
        java.util.Objects.requireNonNull(startedOn, "startedOn");
        Mentorship mentorship = new Mentorship(expert.getId(), supporter.getId(), kind, java.time.Instant.now(), null);
        mentorship.activate(startedOn, java.time.Instant.now());
        return mentorships.save(mentorship);
    }
}
