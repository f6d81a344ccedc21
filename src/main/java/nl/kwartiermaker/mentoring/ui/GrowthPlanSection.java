package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kwartiermaker.mentoring.GrowthPlan;
import nl.kwartiermaker.mentoring.GrowthPlanService;
import nl.kwartiermaker.mentoring.GrowthPlanSummary;

/**
 * The growth plan on an expert's page (anchor {@code #groeiplan}): the goals for the expert and their mentor, only
 * whether it exists and when it was last reviewed for the coordinator, nothing for anyone else.
 */
@org.springframework.stereotype.Component
class GrowthPlanSection implements ExpertPageSection {

    private final GrowthPlanService growthPlans;

    GrowthPlanSection(GrowthPlanService growthPlans) {
        this.growthPlans = growthPlans;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> render(long personId) {
        return growthPlans.forPage(personId).map(view -> switch (view) {
            case GrowthPlan plan -> new GrowthPlanPanel(growthPlans, plan);
            case GrowthPlanSummary summary -> new GrowthPlanSummaryPanel(summary);
        });
    }
}
