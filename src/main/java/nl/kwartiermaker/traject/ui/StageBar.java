package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StageStatus;
import nl.kwartiermaker.traject.TrajectView;

/**
 * The journey as numbered steps; the current one is marked for screen readers too (aria-current="step"). A stage the
 * traject has left is marked done only when its steps are all done (decision 0004, "Phase guidance"); one left with
 * open steps says so, in words as well as in its colour.
 */
class StageBar extends OrderedList {

    StageBar(TrajectView view) {
        addClassName("stage-bar");
        getElement().setAttribute("aria-label", getTranslation("traject.stagebar"));
        for (Stage stage : Stage.values()) {
            ListItem step = new ListItem();
            Span number = new Span(String.valueOf(stage.ordinal() + 1));
            number.addClassName("stage-number");
            number.getElement().setAttribute("aria-hidden", "true");
            step.add(number, new Span(getTranslation(stage.labelKey())));
            StageStatus status = view.statusOf(stage);
            switch (status) {
                case CURRENT -> {
                    step.addClassName("current");
                    step.getElement().setAttribute("aria-current", "step");
                }
                case DONE -> step.addClassName("done");
                case LEFT_OPEN -> {
                    step.addClassName("left-open");
                    Span open = new Span(getTranslation("traject.stage.left.open",
                            view.progress().get(StageStatus.checklistOf(stage)).open()));
                    open.addClassName("stage-open");
                    step.add(open);
                }
                case LATER -> {
                    // nothing to mark
                }
            }
            add(step);
        }
    }
}
