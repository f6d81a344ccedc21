package nl.kwartiermaker.mentoring;

import java.util.List;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTasks;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a growth plan asks of its expert ("Mijn taken"): the goals whose review date has come and that nobody
 * reviewed since, linking to the plan on their page. Only the expert gets these: the plan is theirs, and the mentor
 * reviews it with them. One statement; asked for every signed-in person.
 */
@Service
@Transactional(readOnly = true)
class GrowthReviewTasks implements PersonalTasks {

    private final GrowthGoalRepository goals;
    private final SignedInUser signedInUser;
    private final PortalTime time;

    GrowthReviewTasks(GrowthGoalRepository goals, SignedInUser signedInUser, PortalTime time) {
        this.goals = goals;
        this.signedInUser = signedInUser;
        this.time = time;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<PersonalTask> mine() {
        SignedInUser.Account me = MentoringAccess.participant(signedInUser).orElse(null);
        if (me == null) {
            return List.of();
        }
        return goals.findDueReviews(me.id(), time.today()).stream()
                .map(g -> new PersonalTask("mentoring.growth.my_review", List.of(g.getGoal()),
                        "begeleiding/" + g.getPersonId() + "#" + GrowthPlanService.ANCHOR, g.getReviewOn(), false))
                .toList();
    }
}
