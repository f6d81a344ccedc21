package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * One part of an expert's page (`/begeleiding/{id}`): mentor and buddy, onboarding, check-ins, growth plan,
 * supervision and intervision each contribute a section, so the page needs to know none of their details. A section
 * that has nothing to show to the signed-in person returns empty. Implementations are Spring beans that build a new
 * component on every call.
 */
interface ExpertPageSection {

    /** Lower comes first. */
    int order();

    /** The section for the expert with register id {@code personId}, as the signed-in person may see it. */
    Optional<Component> render(long personId);
}
