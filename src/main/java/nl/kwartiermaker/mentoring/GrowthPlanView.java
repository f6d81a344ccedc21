package nl.kwartiermaker.mentoring;

/**
 * What the signed-in person sees of an expert's growth plan: the plan itself (the expert and their mentor) or only
 * its summary (the coordinator).
 */
public sealed interface GrowthPlanView permits GrowthPlan, GrowthPlanSummary {
}
