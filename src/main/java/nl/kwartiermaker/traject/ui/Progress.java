package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.traject.PhaseProgress;

/** A progress bar with its figure in words, so it does not rely on the bar alone. */
class Progress extends Div {

    Progress(PhaseProgress progress, String label) {
        addClassName("progress");
        ProgressBar bar = new ProgressBar(0, 100, progress.percent());
        bar.getElement().setAttribute("aria-label", label);
        add(bar);
        getElement().appendChild(Marks.text(getTranslation("traject.progress.text", progress.done(), progress.total(),
                progress.percent()), "muted"));
    }
}
