package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's contribution to the Overzicht. A card that has nothing to show for the signed-in person returns empty,
 * so the dashboard only shows what exists.
 */
public interface DashboardCard {

    /** Lower comes first. */
    int order();

    Optional<Component> render();
}
