package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * People in the register for tests outside this package (views, the access matrix), which cannot use the
 * package-private {@link MentoringFixture}: each call makes a new person and returns their register id.
 */
@Component
public class IntervisionFixture {

    private final MentoringFixture fixture;
    private final RegisteredPersonRepository people;

    IntervisionFixture(MentoringFixture fixture, RegisteredPersonRepository people) {
        this.fixture = fixture;
        this.people = people;
    }

    /** An expert by experience, linked to the account {@code userId} if not null. */
    public long expert(Long userId) {
        return fixture.expert(userId, "Team Noord", LocalDate.of(2026, 1, 1), Set.of()).getId();
    }

    /** Someone who may facilitate a group or supervise: an expert too, and marked as supervisor. */
    public long supervisor(Long userId) {
        RegisteredPerson person = fixture.supporter(userId, true, false, true, "Team Zuid", 2, Seniority.SENIOR,
                Set.of());
        person.setSupervisor(true);
        return people.save(person).getId();
    }

    public String nameOf(long personId) {
        return people.findById(personId).orElseThrow().getName();
    }
}
