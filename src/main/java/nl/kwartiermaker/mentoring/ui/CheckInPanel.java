package nl.kwartiermaker.mentoring.ui;

import static nl.kwartiermaker.base.ui.Marks.badge;
import static nl.kwartiermaker.base.ui.Marks.muted;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.mentoring.CheckInService;
import nl.kwartiermaker.mentoring.CheckInService.CheckInHistory;
import nl.kwartiermaker.mentoring.LoggedCheckIn;
import nl.kwartiermaker.mentoring.MentoringTasks;

/**
 * Check-ins on an expert's page: when the mentor's next one is due (or how late it is), logging a new one, and the
 * history. Notes stay closed behind "Toon notities", so opening the page reads none and only a deliberate click is
 * recorded as reading them.
 */
class CheckInPanel extends Section {

    /** How many of the latest check-ins show without opening the older ones. */
    static final int RECENT_SHOWN = 3;

    private final transient CheckInService checkIns;
    private final long expertId;
    private transient CheckInHistory shown;
    /** Where each check-in's notes go once someone opens them. */
    private final Map<Long, Div> notePlaces = new HashMap<>();
    /** The notes once someone opened them, for the older check-ins built after that. */
    private transient Map<Long, String> openedNotes;
    Button showNotes;

    CheckInPanel(CheckInService checkIns, long expertId) {
        this.checkIns = checkIns;
        this.expertId = expertId;
        setId(MentoringTasks.CHECK_IN_ANCHOR);
        addClassNames("expert-section", "check-in-section");
        reload();
    }

    void reload() {
        shown = checkIns.history(expertId);
        removeAll();
        notePlaces.clear();
        openedNotes = null;
        showNotes = null;
        add(new H2(getTranslation("mentoring.checkins.title")));
        if (shown.nextDue() != null) {
            Paragraph due = new Paragraph();
            if (shown.overdue()) {
                due.add(badge(getTranslation("mentoring.checkins.overdue.badge"), "error"),
                        new Text(" " + getTranslation("mentoring.checkins.overdue", date(shown.nextDue()))));
            } else {
                due.setText(getTranslation("mentoring.checkins.due", date(shown.nextDue())));
            }
            add(due);
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (!shown.mayLogOn().isEmpty()) {
            Button log = new Button(getTranslation("mentoring.checkins.log"), VaadinIcon.PLUS.create(),
                    e -> new CheckInDialog(checkIns, shown, null, "", this::reload).open());
            log.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(log);
        }
        if (shown.notesReadable() && !shown.checkIns().isEmpty()) {
            showNotes = new Button(getTranslation("mentoring.checkins.notes.show"), VaadinIcon.EYE.create(),
                    e -> openNotes());
            actions.add(showNotes);
        }
        add(actions);
        if (shown.checkIns().isEmpty()) {
            add(new Paragraph(getTranslation(shown.mayLogOn().isEmpty() ? "mentoring.checkins.empty"
                    : "mentoring.checkins.empty.log")));
            return;
        }
        List<LoggedCheckIn> all = shown.checkIns();
        all.subList(0, Math.min(RECENT_SHOWN, all.size())).forEach(c -> add(line(c)));
        if (all.size() > RECENT_SHOWN) {
            // a mentorship of a few years has dozens of check-ins; the older ones are read when someone asks
            Details older = new Details(getTranslation("mentoring.checkins.older", all.size() - RECENT_SHOWN));
            older.addClassName("check-ins-older");
            add(LazyDetails.buildWhenOpened(older,
                    () -> all.subList(RECENT_SHOWN, all.size()).forEach(c -> older.add(line(c)))));
        }
    }

    private Div line(LoggedCheckIn c) {
        Div line = new Div(new H3(getTranslation("mentoring.checkins.line.title", date(c.heldOn()),
                getTranslation(c.form().labelKey()))),
                muted(getTranslation("mentoring.checkins.line.with", c.supporterName(),
                        getTranslation(c.kind().labelKey()))));
        line.addClassName("check-in");
        field(line, "mentoring.checkins.field.goal", c.goal());
        field(line, "mentoring.checkins.field.topics", c.topics());
        field(line, "mentoring.checkins.field.actions", c.agreedActions());
        Div notes = new Div();
        notes.addClassName("check-in-notes");
        notePlaces.put(c.id(), notes);
        if (openedNotes != null) {
            fillNotes(notes, c.id());
        }
        line.add(notes);
        if (c.loggedById() == shown.myUserId()) {
            Button edit = new Button(getTranslation("mentoring.checkins.edit"), VaadinIcon.EDIT.create(),
                    e -> new CheckInDialog(checkIns, shown, c, checkIns.notesOf(expertId).getOrDefault(c.id(), ""),
                            this::reload).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.getElement().setAttribute("aria-label", getTranslation("mentoring.checkins.edit.aria",
                    date(c.heldOn())));
            line.add(edit);
        }
        return line;
    }

    private void field(Div line, String labelKey, String value) {
        if (!value.isEmpty()) {
            Paragraph paragraph = new Paragraph(getTranslation(labelKey) + ": " + value);
            paragraph.addClassName("preserve-lines");
            line.add(paragraph);
        }
    }

    void openNotes() {
        openedNotes = checkIns.notesOf(expertId);
        notePlaces.forEach((id, place) -> fillNotes(place, id));
        showNotes.setEnabled(false);
    }

    private void fillNotes(Div place, long checkInId) {
        place.removeAll();
        String text = openedNotes.getOrDefault(checkInId, "");
        place.add(new Paragraph(text.isEmpty() ? getTranslation("mentoring.checkins.notes.none")
                : getTranslation("mentoring.checkins.field.notes") + ": " + text));
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }
}
