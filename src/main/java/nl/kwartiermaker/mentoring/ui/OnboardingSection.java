package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kwartiermaker.mentoring.OnboardingPlan;
import nl.kwartiermaker.mentoring.OnboardingService;

/**
 * The onboarding plan on an expert's page (anchor {@code #inwerken}), for everyone who may see the expert. A mentor's
 * or supervisor's own entry, which has no plan, shows none.
 */
@org.springframework.stereotype.Component
class OnboardingSection implements ExpertPageSection {

    private final OnboardingService onboarding;

    OnboardingSection(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> render(long personId) {
        OnboardingPlan plan = onboarding.plan(personId);
        if (!plan.expert() && plan.tasks().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OnboardingPanel(onboarding, plan));
    }
}
