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

    /**
     * Whether the card shows the organisation's own work (trajecten, decisions, stories …), which a partner
     * municipality's contact does not see: the Overzicht then leaves it out without asking its services. A card for
     * everyone signed in (notifications, tasks) or for the regional pool says false.
     */
    default boolean staffOnly() {
        return true;
    }
}
