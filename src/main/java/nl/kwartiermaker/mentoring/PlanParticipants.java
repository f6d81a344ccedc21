package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.Set;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import org.springframework.stereotype.Component;

/**
 * How the signed-in person takes part in one expert's onboarding plan and growth plan, on top of
 * {@link MentoringAccess}: the coordinator arranges the plan, the expert and their active mentor each carry their
 * own tasks and share the growth plan, and everyone else who may see the expert only reads the onboarding plan. A
 * buddy is not the mentor: the buddy gives personal support, not the way in the work (seed 000, tip 7). Runs in the
 * calling service's transaction.
 */
@Component
class PlanParticipants {

    enum Part {
        COORDINATOR, EXPERT, MENTOR, VIEWER
    }

    /** The expert as the signed-in person may see them, and their part in the expert's plans. */
    record Seen(RegisteredPerson expert, Part part) {
    }

    private final MentoringAccess access;
    private final RegisteredPersonRepository people;
    private final MentorshipRepository mentorships;
    private final PortalTime time;

    PlanParticipants(MentoringAccess access, RegisteredPersonRepository people, MentorshipRepository mentorships,
                     PortalTime time) {
        this.access = access;
        this.people = people;
        this.mentorships = mentorships;
        this.time = time;
    }

    /**
     * The expert with their part; "not found" for someone who may not see the expert, as
     * {@link MentoringAccess#visible} says, with the relation worked out once instead of twice.
     */
    Seen of(long personId) {
        RegisteredPerson expert = people.findById(personId).orElseThrow(PlanParticipants::notFound);
        MentoringAccess.Relation relation = access.relationTo(expert);
        if (!relation.mayView()) {
            throw notFound();
        }
        return new Seen(expert, switch (relation) {
            case COORDINATOR -> Part.COORDINATOR;
            case SELF -> Part.EXPERT;
            case SUPPORTER -> isMyActiveMentorship(expert) ? Part.MENTOR : Part.VIEWER;
            default -> Part.VIEWER;
        });
    }

    private static InvalidInput notFound() {
        return new InvalidInput("mentoring.error.notfound");
    }

    private boolean isMyActiveMentorship(RegisteredPerson expert) {
        return access.myEntry().map(RegisteredPerson::getId).map(mine -> mentorships
                .findByExpertIdAndStatusIn(expert.getId(), Set.of(MentorshipStatus.ACTIVE)).stream()
                .anyMatch(m -> m.getKind() == SupportKind.MENTOR && m.getSupporterId() == mine)).orElse(false);
    }

    LocalDate today() {
        return time.today();
    }

    /**
     * The dates an expert's plans may carry (decision 0004, like a traject's steps): from 1 January of the year before
     * the expert started, or was registered if that was earlier, to ten years ahead.
     */
    DateWindow datesOf(RegisteredPerson expert) {
        LocalDate today = today();
        LocalDate registered = expert.getCreatedAt() == null ? today
                : LocalDate.ofInstant(expert.getCreatedAt(), PortalTime.ZONE);
        LocalDate from = expert.getStartDate() != null && expert.getStartDate().isBefore(registered)
                ? expert.getStartDate() : registered;
        return DateWindow.fromYear(from.getYear() - 1, today);
    }
}
