package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.PersonalTask;
import nl.kwartiermaker.base.PersonalTaskList;
import nl.kwartiermaker.base.PortalTime;

/**
 * "Mijn taken", first on everyone's Overzicht: what the person must do, each with a link to the exact place, overdue
 * first. With nothing to do it says so, so nobody wonders whether they missed something.
 */
@SpringComponent
@UIScope
class TasksCard implements DashboardCard {

    /** More than this on the Overzicht stops being a list anyone reads; the rest are counted. */
    static final int SHOWN = 8;

    private final PersonalTaskList tasks;
    private final PortalTime time;

    TasksCard(PersonalTaskList tasks, PortalTime time) {
        this.tasks = tasks;
        this.time = time;
    }

    @Override
    public boolean staffOnly() {
        return false;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> render() {
        List<PersonalTask> mine = tasks.mine();
        // the header counted when the page opened; the list here is the newest word
        UI.getCurrent().getChildren().filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst()
                .ifPresent(layout -> layout.showTaskCount(mine.size()));
        Div card = new Div();
        card.addClassNames("card", "tasks-card");
        card.setId("taken");
        card.add(new H2(card.getTranslation("tasks.title")));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(card.getTranslation("tasks.none"));
            none.addClassName("empty-state");
            card.add(none);
            return Optional.of(card);
        }
        LocalDate today = time.today();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(UI.getCurrent().getLocale());
        // one element for the whole list (issue 18): the Overzicht is every session's first page
        List<String> lines = new ArrayList<>();
        for (PersonalTask task : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            StringBuilder line = new StringBuilder(Markup.link(task.link(), card.getTranslation(task.messageKey(),
                    task.params().toArray())));
            if (task.due() != null) {
                line.append(' ').append(Markup.span(card.getTranslation(task.overdue(today) ? "tasks.overdue"
                        : "tasks.due", dates.format(task.due())), task.overdue(today) ? "task-overdue" : "muted"));
            }
            lines.add(line.toString());
        }
        card.getElement().appendChild(Markup.list(lines, "task-list"));
        if (mine.size() > SHOWN) {
            card.add(new Paragraph(card.getTranslation("tasks.more", mine.size() - SHOWN)));
        }
        return Optional.of(card);
    }
}
