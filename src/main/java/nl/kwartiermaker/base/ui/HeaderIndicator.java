package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature shows in the header beside the person's name, such as their unread notifications. The base
 * module knows no feature; features add themselves as UI-scoped beans of this type.
 */
public interface HeaderIndicator {

    /** Lower comes first. */
    int order();

    Optional<Component> render();
}
