package nl.kwartiermaker.mentoring;

import java.time.LocalDate;

/**
 * All the coordinator learns of an expert's growth plan (issue 13, item 5): whether there is one, how many goals are
 * being worked on and when the plan was last reviewed. Never the goals themselves.
 */
public record GrowthPlanSummary(boolean exists, int activeGoals, LocalDate lastReviewedOn)
        implements GrowthPlanView {
}
