package nl.kwartiermaker.mentoring;

import java.util.Optional;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SensitiveDataRead;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see what of an expert in the register, shared by every Begeleiding service. The coordinator arranges
 * everything; an expert sees their own page; a mentor or buddy sees the experts they support, and a proposed one the
 * expert they are asked for; a supervisor the experts they supervise. Sensitive fields (personal situation,
 * well-being notes, check-in notes) only the expert, their own active mentor or buddy and the coordinator. Someone
 * who may not see an expert gets "not found", as with trajecten. Runs in the calling service's transaction.
 */
@Component
class MentoringAccess {

    /** The roles that use Begeleiding at all; the data-level rules below narrow it down per expert. */
    static final String MAY_USE = "hasAnyRole('" + Role.Names.COORDINATOR + "', '" + Role.Names.MENTOR + "', '"
            + Role.Names.ERVARINGSDESKUNDIGE + "')";
    static final String COORDINATOR = "hasRole('" + Role.Names.COORDINATOR + "')";

    /**
     * Whether someone's roles give them a part in Begeleiding at all. Everyone else is asked nothing here, so their
     * task list and Overzicht cost no query of this feature.
     */
    private static boolean usesBegeleiding(SignedInUser.Account account) {
        return account.roles().stream().anyMatch(r -> r == Role.COORDINATOR || r == Role.MENTOR
                || r == Role.ERVARINGSDESKUNDIGE);
    }

    /** The signed-in person when they have a part in Begeleiding; empty for everyone else (and for nobody). */
    static Optional<SignedInUser.Account> participant(SignedInUser signedInUser) {
        return signedInUser.current().filter(MentoringAccess::usesBegeleiding);
    }

    /** How the signed-in person stands towards one expert. */
    enum Relation {
        COORDINATOR, SELF, SUPPORTER, PROPOSED_SUPPORTER, SUPERVISOR, NONE;

        boolean mayView() {
            return this != NONE;
        }

        boolean mayReadSensitive() {
            return this == COORDINATOR || this == SELF || this == SUPPORTER;
        }
    }

    private final RegisteredPersonRepository people;
    private final MentorshipRepository mentorships;
    private final SupervisionArrangementRepository supervision;
    private final SignedInUser signedInUser;
    private final ApplicationEventPublisher events;

    MentoringAccess(RegisteredPersonRepository people, MentorshipRepository mentorships,
                    SupervisionArrangementRepository supervision, SignedInUser signedInUser,
                    ApplicationEventPublisher events) {
        this.people = people;
        this.mentorships = mentorships;
        this.supervision = supervision;
        this.signedInUser = signedInUser;
        this.events = events;
    }

    SignedInUser.Account me() {
        return signedInUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The signed-in person's own entry in the register, if they have one. */
    Optional<RegisteredPerson> myEntry() {
        return people.findFirstByUserIdAndLeftOnIsNull(me().id());
    }

    Relation relationTo(RegisteredPerson expert) {
        SignedInUser.Account me = me();
        if (me.roles().contains(Role.COORDINATOR)) {
            return Relation.COORDINATOR;
        }
        if (expert.getUserId() != null && expert.getUserId() == me.id()) {
            return Relation.SELF;
        }
        Optional<RegisteredPerson> mine = myEntry();
        if (mine.isEmpty()) {
            return Relation.NONE;
        }
        long myId = mine.get().getId();
        if (mentorships.existsByExpertIdAndSupporterIdAndStatus(expert.getId(), myId, MentorshipStatus.ACTIVE)) {
            return Relation.SUPPORTER;
        }
        if (mentorships.existsByExpertIdAndSupporterIdAndStatus(expert.getId(), myId, MentorshipStatus.PROPOSED)) {
            return Relation.PROPOSED_SUPPORTER;
        }
        if (supervision.existsByExpertIdAndSupervisorIdAndEndedOnIsNull(expert.getId(), myId)) {
            return Relation.SUPERVISOR;
        }
        return Relation.NONE;
    }

    /** The expert, when the signed-in person may see them; "not found" otherwise. */
    RegisteredPerson visible(long personId) {
        return seen(personId).person();
    }

    /** The expert with how the signed-in person stands towards them, when they may see them; "not found" otherwise. */
    Seen seen(long personId) {
        return people.findById(personId).map(p -> new Seen(p, relationTo(p))).filter(s -> s.relation().mayView())
                .orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
    }

    record Seen(RegisteredPerson person, Relation relation) {
    }

    /** The expert, when the signed-in person may read their sensitive fields; refused otherwise. */
    RegisteredPerson sensitive(long personId) {
        Seen seen = seen(personId);
        if (!seen.relation().mayReadSensitive()) {
            throw new AccessDeniedException("Only the expert, their own mentor or buddy and the coordinator");
        }
        return seen.person();
    }

    /**
     * The expert, when the signed-in person may read their sensitive {@code kind}; the reading is written to the audit
     * log, and so is a refusal (also "not found": someone tried).
     */
    RegisteredPerson readSensitive(long personId, String kind) {
        SensitiveDataRead reading = SensitiveDataRead.opened(kind, ref(personId));
        RegisteredPerson person = reading.check(events, () -> sensitive(personId));
        events.publishEvent(reading);
        return person;
    }

    /** How the audit log names a person in the register: by id only, as the Beheerder who reads it may not know them. */
    static String ref(long personId) {
        return "begeleiding/" + personId;
    }

    void requireCoordinator() {
        if (!me().roles().contains(Role.COORDINATOR)) {
            throw new AccessDeniedException("Only the coordinator arranges this");
        }
    }
}
