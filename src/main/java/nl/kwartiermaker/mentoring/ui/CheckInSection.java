package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.kwartiermaker.mentoring.CheckInService;

/** The check-ins of the expert with their mentor and buddy: when the next is due, the form and the history. */
@org.springframework.stereotype.Component
class CheckInSection implements ExpertPageSection {

    private final CheckInService checkIns;

    CheckInSection(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> render(long personId) {
        return Optional.of(new CheckInPanel(checkIns, personId));
    }
}
