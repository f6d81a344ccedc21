package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import nl.kwartiermaker.traject.Stage;

/** The journey as numbered steps; the current one is marked for screen readers too (aria-current="step"). */
class StageBar extends OrderedList {

    StageBar(Stage current) {
        addClassName("stage-bar");
        getElement().setAttribute("aria-label", getTranslation("traject.stagebar"));
        for (Stage stage : Stage.values()) {
            ListItem step = new ListItem();
            Span number = new Span(String.valueOf(stage.ordinal() + 1));
            number.addClassName("stage-number");
            number.getElement().setAttribute("aria-hidden", "true");
            step.add(number, new Span(getTranslation(stage.labelKey())));
            if (stage == current) {
                step.addClassName("current");
                step.getElement().setAttribute("aria-current", "step");
            } else if (stage.isBefore(current)) {
                step.addClassName("done");
            }
            add(step);
        }
    }
}
