package nl.kwartiermaker.mentoring;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.util.Optional;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.SensitiveDataRead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's growth plan (groeiplan, issue 13 item 5; seed 000 tips 4 and 7): goals with actions and review dates,
 * owned by the expert and shared with their active mentor. The mentor may also record a review, because they review
 * a goal together in their monthly talk and either of them may write it down. The coordinator learns only that a plan
 * exists, how many goals are active and when it was last reviewed; everyone else nothing.
 */
@Service
@Transactional(readOnly = true)
public class GrowthPlanService {

    /** The id of the growth plan's section on an expert's page. */
    public static final String ANCHOR = "groeiplan";

    /** What the audit line of a reading of the goals calls them. */
    public static final String AUDITED_AS = "groeiplan";

    private final GrowthGoalRepository goals;
    private final PlanParticipants participants;
    private final ApplicationEventPublisher events;

    GrowthPlanService(GrowthGoalRepository goals, PlanParticipants participants, ApplicationEventPublisher events) {
        this.goals = goals;
        this.participants = participants;
        this.events = events;
    }

    /**
     * The goals with their texts, for the expert and their active mentor only; refused to everyone else. Reading and
     * refusal are both audited: the goals may touch the expert's well-being.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public GrowthPlan plan(long personId) {
        return planFor(SensitiveDataRead.opened(AUDITED_AS, MentoringAccess.ref(personId))
                .check(events, () -> sharedWithMe(personId)));
    }

    /** What the coordinator may know of the plan: that it exists, its active goals and its last review. */
    @PreAuthorize(MentoringAccess.COORDINATOR)
    public GrowthPlanSummary summary(long personId) {
        participants.of(personId); // "not found" for an id that is no one in the register
        return summaryOf(personId);
    }

    /**
     * What the signed-in person may see of the plan on the expert's page, in one read: the goals for the expert and
     * their mentor, the summary for the coordinator, and nothing for anyone else who may see the expert.
     */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public Optional<GrowthPlanView> forPage(long personId) {
        PlanParticipants.Seen seen = participants.of(personId);
        return switch (seen.part()) {
            case EXPERT, MENTOR -> Optional.of(planFor(seen));
            case COORDINATOR -> Optional.of(summaryOf(personId));
            case VIEWER -> Optional.empty();
        };
    }

    /** Every reading of the goals is an audit line, in this transaction: no goals are shown without it. */
    private GrowthPlan planFor(PlanParticipants.Seen seen) {
        long personId = seen.expert().getId();
        events.publishEvent(SensitiveDataRead.opened(AUDITED_AS, MentoringAccess.ref(personId)));
        return new GrowthPlan(personId, goals.findPlan(personId), seen.part() == PlanParticipants.Part.EXPERT,
                participants.datesOf(seen.expert()), participants.today());
    }

    private GrowthPlanSummary summaryOf(long personId) {
        GrowthGoalRepository.Summary summary = goals.summarise(personId);
        return new GrowthPlanSummary(summary.getGoals() > 0, Math.toIntExact(summary.getActiveGoals()),
                summary.getLastReviewedOn());
    }

    /** The expert adds a goal to their own plan. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public GrowthGoal addGoal(long personId, GoalForm form) {
        PlanParticipants.Seen seen = ownPlan(personId);
        check(seen.expert(), form, null);
        GrowthGoal goal = new GrowthGoal(personId, goals.lastPosition(personId) + 1, form.goal());
        goal.apply(form);
        return goals.saveAndFlush(goal);
    }

    /** The expert changes a goal, or ends it (achieved or stopped), from version {@code expectedVersion}. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public GrowthGoal updateGoal(long goalId, long expectedVersion, GoalForm form) {
        GrowthGoal goal = goal(goalId);
        PlanParticipants.Seen seen = ownPlan(goal.getPersonId());
        goal.requireVersion(expectedVersion);
        check(seen.expert(), form, goal);
        goal.apply(form);
        return goals.saveAndFlush(goal);
    }

    /** The expert or their mentor records that they looked at the goal today. */
    @PreAuthorize(MentoringAccess.MAY_USE)
    @Transactional
    public GrowthGoal markReviewed(long goalId, long expectedVersion) {
        GrowthGoal goal = goal(goalId);
        sharedWithMe(goal.getPersonId());
        goal.requireVersion(expectedVersion);
        goal.markReviewed(participants.today());
        return goals.saveAndFlush(goal);
    }

    private PlanParticipants.Seen sharedWithMe(long personId) {
        PlanParticipants.Seen seen = participants.of(personId);
        if (seen.part() != PlanParticipants.Part.EXPERT && seen.part() != PlanParticipants.Part.MENTOR) {
            throw new AccessDeniedException("A growth plan is shared only with the expert's own mentor");
        }
        return seen;
    }

    private PlanParticipants.Seen ownPlan(long personId) {
        PlanParticipants.Seen seen = participants.of(personId);
        if (seen.part() != PlanParticipants.Part.EXPERT) {
            throw new AccessDeniedException("Only the expert writes their growth plan");
        }
        return seen;
    }

    private GrowthGoal goal(long goalId) {
        return goals.findById(goalId).orElseThrow(() -> new InvalidInput("mentoring.error.notfound"));
    }

    private void check(RegisteredPerson expert, GoalForm form, GrowthGoal existing) {
        require(!form.goal().isEmpty() && form.goal().length() <= GrowthGoal.GOAL_MAX, "mentoring.growth.error.goal",
                GrowthGoal.GOAL_MAX);
        require(form.actions().length() <= GrowthGoal.ACTIONS_MAX, "mentoring.growth.error.actions",
                GrowthGoal.ACTIONS_MAX);
        require(form.status() != null, "mentoring.growth.error.status");
        // a date saved before stays acceptable on a later edit
        if (form.reviewOn() != null && (existing == null || !form.reviewOn().equals(existing.getReviewOn()))) {
            DateWindow dates = participants.datesOf(expert);
            require(dates.contains(form.reviewOn()), "mentoring.growth.error.review", dates.firstYear(),
                    dates.lastYear());
        }
    }
}
