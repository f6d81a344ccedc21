package nl.kwartiermaker.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the decisions ask of a project lead ("Mijn taken"): a "not yet" decision in force whose review date has come,
 * linking to the decision page where the next decision is recorded. One statement for someone who leads nothing, two
 * otherwise.
 */
@Service
@Transactional(readOnly = true)
public class ReviewTasks implements PersonalTasks {

    private final GoNoGoDecisionRepository decisions;
    private final TrajectService trajecten;
    private final PortalTime time;

    ReviewTasks(GoNoGoDecisionRepository decisions, TrajectService trajecten, PortalTime time) {
        this.decisions = decisions;
        this.trajecten = trajecten;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        Map<Long, String> led = trajecten.trajectNamesILead();
        if (led.isEmpty()) {
            return List.of();
        }
        LocalDate today = time.today();
        return decisions.findReviewDates(led.keySet()).stream()
                .filter(review -> !review.getReviewDate().isAfter(today))
                .map(review -> new PersonalTask("tasks.decision.review", List.of(led.get(review.getTrajectId())),
                        "trajecten/" + review.getTrajectId() + "/besluit", review.getReviewDate(), true))
                .toList();
    }
}
