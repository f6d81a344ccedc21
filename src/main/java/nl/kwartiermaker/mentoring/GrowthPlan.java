package nl.kwartiermaker.mentoring;

import java.time.LocalDate;
import java.util.List;
import nl.kwartiermaker.base.DateWindow;

/**
 * An expert's growth plan as the expert or their active mentor sees it: the goals, active first. The expert writes
 * and ends goals ({@code canEdit}); both may record that they reviewed a goal together.
 */
public record GrowthPlan(long personId, List<GrowthGoal> goals, boolean canEdit, DateWindow dates, LocalDate today)
        implements GrowthPlanView {

    public GrowthPlan {
        goals = List.copyOf(goals);
    }

    public long activeGoals() {
        return goals.stream().filter(g -> g.getStatus() == GoalStatus.ACTIVE).count();
    }
}
