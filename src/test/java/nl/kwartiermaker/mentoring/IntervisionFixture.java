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
    private final IntervisionGroupRepository groups;

    IntervisionFixture(MentoringFixture fixture, RegisteredPersonRepository people,
                       IntervisionGroupRepository groups) {
        this.fixture = fixture;
        this.people = people;
        this.groups = groups;
    }

    /**
     * A running group led by the register entry of account {@code facilitatorUserId}, with the entry of account
     * {@code memberUserId} and three more experts as members; an account's existing entry is reused, as the portal
     * takes the first one for the signed-in person.
     */
    public long groupFor(long facilitatorUserId, long memberUserId) {
        long facilitator = people.findFirstByUserIdAndLeftOnIsNull(facilitatorUserId).map(RegisteredPerson::getId)
                .orElseGet(() -> supervisor(facilitatorUserId));
        long member = people.findFirstByUserIdAndLeftOnIsNull(memberUserId).filter(RegisteredPerson::isExpert)
                .map(RegisteredPerson::getId).orElseGet(() -> expert(memberUserId));
        IntervisionGroup group = new IntervisionGroup("Matrixgroep");
        group.apply("Matrixgroep", facilitator, "", "", Set.of(member, expert(null), expert(null), expert(null)));
        return groups.save(group).getId();
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
