package nl.kwartiermaker.traject.ui;

import static nl.kwartiermaker.base.ui.Marks.badge;
import static nl.kwartiermaker.base.ui.Marks.muted;
import static nl.kwartiermaker.base.ui.Marks.note;
import static nl.kwartiermaker.base.ui.Marks.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Markup;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.RowButton;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.base.ui.WarningList;
import nl.kwartiermaker.traject.ChecklistItem;
import nl.kwartiermaker.traject.ChecklistService;
import nl.kwartiermaker.traject.PhaseProgress;
import nl.kwartiermaker.traject.Stage;
import nl.kwartiermaker.traject.StepTasks;
import nl.kwartiermaker.traject.TrajectActivity;
import nl.kwartiermaker.traject.TrajectActivityService;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.traject.TrajectView;
import nl.kwartiermaker.traject.TrajectWarning;
import nl.kwartiermaker.user.UserService;

/**
 * A traject's page: where it stands, what is next, what is late, the seeds' warnings that apply, and the checklist of
 * every stage. Members edit the items assigned to them; the project lead steers the rest.
 * <p>
 * The page is built again after every change and when someone navigates to it again (Vaadin reuses this instance).
 * The controls that live across showings (the header's actions, applying a newer template, adding an own step) get
 * their listeners here in the constructor and act on the traject shown last; the parts built per showing (an item's
 * line and its button) are new elements each time, with one listener each.
 */
@Route("trajecten/:id")
@RolesAllowed(Role.Names.STAFF)
class TrajectDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TrajectService trajecten;
    private final transient ChecklistService checklist;
    private final transient TrajectActivityService activities;
    private final transient UserService users;
    private final transient PortalTime time;
    final Button edit;
    final Button advance;
    final Button archive = new Button();
    final Button applyTemplate;
    final Button addActivity;
    private final Map<Stage, OwnItemRow> ownItemRows = new EnumMap<>(Stage.class);
    private long trajectId;
    private transient TrajectView shown;
    private String title = "";

    TrajectDetailView(TrajectService trajecten, ChecklistService checklist, TrajectActivityService activities,
                      UserService users, PortalTime time) {
        this.trajecten = trajecten;
        this.checklist = checklist;
        this.activities = activities;
        this.users = users;
        this.time = time;
        addClassNames("page", "traject-page");
        edit = new Button(getTranslation("traject.edit"), VaadinIcon.EDIT.create(),
                e -> new TrajectDialog(trajecten, users, time, shown.traject(), saved -> reload()).open());
        advance = new Button(getTranslation("traject.advance"), VaadinIcon.ARROW_RIGHT.create(), e -> confirmAdvance());
        archive.addThemeVariants(ButtonVariant.TERTIARY);
        archive.addClickListener(e -> archiveOrRestore());
        applyTemplate = new Button(getTranslation("traject.template.apply"), e -> confirmTemplate());
        addActivity = new Button(getTranslation("traject.activity.add"), VaadinIcon.PLUS.create(),
                e -> new ActivityDialog(activities, trajectId, null, shown.dates(), shown.today(), this::reload)
                        .open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            trajectId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(trajecten.view(trajectId));
        } catch (NumberFormatException | InvalidInput notFound) {
            // a traject that does not exist or is not this person's to see: the not-found page, not a message
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // a task's link to one step ("Mijn taken") opens that step
        event.getLocation().getQueryParameters().getSingleParameter(StepTasks.STEP_PARAMETER)
                .flatMap(TrajectDetailView::number)
                .flatMap(itemId -> shown.items().stream().filter(i -> itemId.equals(i.getId())).findFirst())
                .ifPresent(this::openItem);
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void openItem(ChecklistItem item) {
        new ItemDialog(checklist, users, item, shown.canEdit(item), shown.canManage(), shown.dates(), this::reload)
                .open();
    }

    void reload() {
        show(trajecten.view(trajectId));
    }

    private void show(TrajectView view) {
        shown = view;
        removeAll();
        var traject = view.traject();
        title = traject.getName();
        Anchor back = new Anchor("trajecten", getTranslation("traject.list.title"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation("traject.detail.purpose",
                traject.getOrganisationUnit(), view.nameOf(traject.getProjectLeadId())));
        Anchor decision = new Anchor("trajecten/" + trajectId + "/besluit", getTranslation("traject.decision.open"));
        decision.addClassName("button-link");
        // built from the route string so that trajecten does not depend on the readiness scan
        Anchor scans = new Anchor("trajecten/" + trajectId + "/scans", getTranslation("scan.traject.link"));
        scans.addClassName("button-link");
        header.withActions(scans, decision);
        if (view.canManage()) {
            advance.setVisible(traject.getStage() != Stage.GO_NO_GO && traject.getStage() != Stage.FASE_3);
            archive.setText(getTranslation(traject.isArchived() ? "traject.unarchive" : "traject.archive"));
            header.withActions(edit, advance, archive);
        }
        add(back, header, new StageBar(view));
        DutchContent.notice(this).ifPresent(this::add);
        if (traject.isArchived()) {
            add(note(getTranslation("traject.archived.note")));
        }
        view.newerTemplate().ifPresent(version -> {
            Div note = note(getTranslation("traject.template.newer", version));
            note.add(applyTemplate);
            add(note);
        });
        Div columns = new Div(nextSteps(view), progress(view));
        columns.addClassName("traject-columns");
        add(columns);
        if (!view.warnings().isEmpty()) {
            add(warnings(view.warnings()));
        }
        ownItemRows.values().forEach(OwnItemRow::clear);
        for (Stage stage : Stage.WITH_CHECKLIST) {
            add(checklist(view, stage));
        }
        add(activities(view));
        if (!view.history().isEmpty()) {
            add(history(view));
        }
        add(details(view));
    }

    private void confirmAdvance() {
        long version = shown.traject().getVersion();
        long open = shown.openStepsNow();
        // leaving open steps behind is allowed, but only after this confirmation, and it is recorded
        String text = open > 0 ? getTranslation("traject.advance.confirm.open", open)
                : getTranslation("traject.advance.confirm");
        Confirmation.ask(getTranslation("traject.advance"), text, getTranslation("traject.advance"),
                () -> act(() -> trajecten.advance(trajectId, version, true), "traject.advanced"));
    }

    private void archiveOrRestore() {
        long version = shown.traject().getVersion();
        if (shown.traject().isArchived()) {
            act(() -> trajecten.archive(trajectId, version, false), "traject.unarchived");
        } else {
            Confirmation.ask(getTranslation("traject.archive"), getTranslation("traject.archive.confirm"),
                    getTranslation("traject.archive"),
                    () -> act(() -> trajecten.archive(trajectId, version, true), "traject.archived"));
        }
    }

    private void confirmTemplate() {
        long version = shown.traject().getVersion();
        int template = shown.newerTemplate().orElseThrow();
        Confirmation.ask(getTranslation("traject.template.apply"), getTranslation("traject.template.confirm"),
                getTranslation("traject.template.apply"), () -> {
                    int added = checklist.applyTemplate(trajectId, version, template);
                    Notices.success(getTranslation("traject.template.applied", added));
                    reload();
                });
    }

    /** Refused input and a conflicting edit reach the one error handler (UiSetup), which tells the person. */
    private void act(Runnable action, String successKey) {
        action.run();
        Notices.success(getTranslation(successKey));
        reload();
    }

    private Section nextSteps(TrajectView view) {
        Section section = new Section(new H2(getTranslation("traject.next")));
        section.addClassNames("card", "next-steps");
        if (view.traject().getStage() == Stage.GO_NO_GO) {
            // ready for a decision only when the verkenning is complete (decision 0004, "Phase guidance")
            long open = view.openStepsNow();
            section.add(new Paragraph(open == 0 ? getTranslation("traject.next.decision")
                    : getTranslation("traject.next.decision.open", open)));
        }
        if (view.nextSteps().isEmpty()) {
            section.add(new Paragraph(getTranslation("traject.next.none")));
        } else {
            UnorderedList list = new UnorderedList();
            view.nextSteps().forEach(item -> list.getElement().appendChild(itemLine(view, item, true)));
            section.add(list);
        }
        return section;
    }

    private Section progress(TrajectView view) {
        Section section = new Section(new H2(getTranslation("traject.progress")));
        section.addClassNames("card", "phase-progress");
        section.add(new Progress(view.overall(), getTranslation("traject.progress.overall")));
        for (Stage stage : Stage.WITH_CHECKLIST) {
            PhaseProgress progress = view.progress().get(stage);
            Div line = new Div(new H3(getTranslation(stage.labelKey())),
                    new Progress(progress, getTranslation("traject.progress.of", getTranslation(stage.labelKey()))));
            if (progress.overdue() > 0) {
                line.add(badge(getTranslation("traject.overdue.count", progress.overdue()), "error"));
            }
            if (progress.unassigned() > 0) {
                line.add(badge(getTranslation("traject.unassigned.count", progress.unassigned()), "contrast"));
            }
            line.addClassName("phase-line");
            section.add(line);
        }
        return section;
    }

    private Section warnings(List<TrajectWarning> warnings) {
        Section section = new Section(new H2(getTranslation("traject.warnings")));
        section.addClassName("warnings");
        WarningList list = new WarningList();
        warnings.forEach(warning -> list.addWarning(getTranslation(warning.messageKey(), warning.params().toArray()),
                warning.source()));
        section.add(list);
        return section;
    }

    /**
     * A stage's checklist. Only the open stage is built at once: the other stages' steps are several components each
     * and made the page the heaviest session in the benchmark, so they are built when someone opens them.
     */
    private Details checklist(TrajectView view, Stage stage) {
        PhaseProgress progress = view.progress().get(stage);
        Details details = new Details(getTranslation("traject.checklist.summary", getTranslation(stage.labelKey()),
                progress.done(), progress.total()));
        details.addClassName("checklist");
        boolean current = stage == view.traject().getStage()
                || (view.traject().getStage() == Stage.GO_NO_GO && stage == Stage.VERKENNING);
        if (current) {
            fillChecklist(details, view, stage);
            details.setOpened(true);
        } else {
            LazyDetails.buildWhenOpened(details, () -> fillChecklist(details, view, stage));
        }
        return details;
    }

    private void fillChecklist(Details details, TrajectView view, Stage stage) {
        Map<String, List<ChecklistItem>> groups = view.items().stream().filter(i -> i.getStage() == stage)
                .collect(Collectors.groupingBy(
                        i -> i.getGroupTitle().isBlank() ? getTranslation("traject.group.own") : i.getGroupTitle(),
                        LinkedHashMap::new, Collectors.toList()));
        Anchor guide = new Anchor("kennisbank/" + stage.knowledgeSlug(), getTranslation("traject.checklist.guide",
                getTranslation(stage.labelKey())));
        details.add(new Paragraph(guide));
        groups.forEach((group, groupItems) -> {
            UnorderedList list = new UnorderedList();
            list.addClassName("checklist-items");
            groupItems.forEach(item -> list.getElement().appendChild(itemLine(view, item, false)));
            H3 heading = new H3(group);
            if (groupItems.getFirst().getTemplateKey() != null) {
                DutchContent.dutch(heading);
            }
            details.add(heading, list);
        });
        if (view.canManage()) {
            details.add(ownItemRow(stage));
        }
    }

    /**
     * A step's line: its texts and document links as one piece of markup, and one "Bewerken" button (issue 18). The
     * open stage has some twenty steps; an element for each text made this the heaviest page per session.
     */
    private Element itemLine(TrajectView view, ChecklistItem item, boolean withStage) {
        StringBuilder html = new StringBuilder(Markup.span(getTranslation(item.getStatus().labelKey()), "badge",
                "status-" + item.getStatus().name().toLowerCase(Locale.ROOT)));
        String itemTitle = Markup.span(item.getTitle(), "item-title");
        // Dutch template content is marked for screen readers, as DutchContent.dutch does for an element
        html.append(item.getTemplateKey() == null ? itemTitle
                : itemTitle.replaceFirst("<span", "<span lang=\"" + PortalLocales.DUTCH.getLanguage() + "\""));
        if (withStage) {
            html.append(Markup.span(getTranslation(item.getStage().labelKey()), "muted"));
        }
        if (item.getOwnerId() != null) {
            html.append(Markup.span(getTranslation("traject.item.owner", view.nameOf(item.getOwnerId())), "muted"));
        } else if (!item.getStatus().isDone()) {
            html.append(Markup.span(getTranslation("traject.item.unassigned"), "muted"));
        }
        if (item.getDueDate() != null) {
            String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(item.getDueDate());
            html.append(item.isOverdue(view.today())
                    ? Markup.span(getTranslation("traject.item.overdue", due), "badge", "error")
                    : Markup.span(getTranslation("traject.item.due", due), "muted"));
        }
        for (var link : view.linksOf(item)) {
            html.append("<a class=\"item-link\" href=\"").append(Markup.escape(link.href())).append("\">")
                    .append(Markup.escape(link.label())).append("</a>");
        }
        Element texts = Markup.element("span", html.toString());
        texts.getClassList().add("item-texts");
        Element line = new Element("li").appendChild(texts);
        line.getClassList().add("item-line");
        String action = getTranslation(view.canEdit(item) ? "traject.item.edit" : "traject.item.show");
        // the spoken name starts with the visible text (WCAG 2.5.3, label in name) and says which step it opens
        line.appendChild(RowButton.of(action, getTranslation("traject.item.open.aria", action, item.getTitle()),
                () -> openItem(item)));
        return line;
    }

    /** Dated activities such as information meetings: the coming ones, then those that took place. */
    private Section activities(TrajectView view) {
        Section section = new Section(new H2(getTranslation("traject.activities")));
        section.addClassNames("card", "traject-activities");
        List<TrajectActivity> coming = view.upcomingActivities();
        if (coming.isEmpty()) {
            section.add(new Paragraph(getTranslation("traject.activities.none")));
        } else {
            UnorderedList list = new UnorderedList();
            coming.forEach(a -> list.add(new ListItem(activityLine(view, a))));
            section.add(list);
        }
        List<TrajectActivity> past = view.pastActivities();
        if (!past.isEmpty()) {
            UnorderedList list = new UnorderedList();
            past.forEach(a -> list.add(new ListItem(activityLine(view, a))));
            Details earlier = new Details(getTranslation("traject.activities.past", past.size()), list);
            section.add(earlier);
        }
        if (view.canManage()) {
            section.add(addActivity);
        }
        return section;
    }

    private Div activityLine(TrajectView view, TrajectActivity activity) {
        Div line = new Div();
        line.addClassName("activity-line");
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())
                .format(activity.getDate());
        Span title = new Span(activity.getTitle());
        title.addClassName("activity-title");
        line.add(new Span(date), title);
        if (!activity.getPlace().isBlank()) {
            line.add(muted(getTranslation("traject.activity.place", activity.getPlace())));
        }
        if (!activity.getDescription().isBlank()) {
            line.add(new Paragraph(activity.getDescription()));
        }
        if (view.canManage()) {
            String edit = getTranslation("traject.activity.edit");
            Button change = new Button(edit, e -> new ActivityDialog(activities, trajectId, activity, view.dates(),
                    view.today(), this::reload).open());
            change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            change.setAriaLabel(getTranslation("traject.activity.aria", edit, activity.getTitle()));
            String removeText = getTranslation("traject.activity.remove");
            Button remove = new Button(removeText, e -> Confirmation.ask(removeText,
                    getTranslation("traject.activity.remove.confirm", activity.getTitle()), removeText,
                    () -> act(() -> activities.removeActivity(activity.getId(), activity.getVersion()),
                            "traject.activity.removed")));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("traject.activity.aria", removeText, activity.getTitle()));
            line.add(change, remove);
        }
        return line;
    }

    /** The traject's history: every change of stage, by whom, and what it left open; built when opened. */
    private Details history(TrajectView view) {
        Details details = new Details(getTranslation("traject.history"));
        details.addClassName("traject-history");
        return LazyDetails.buildWhenOpened(details, () -> {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(PortalTime.ZONE);
            UnorderedList list = new UnorderedList();
            for (var change : view.history()) {
                Element item = new Element("li").appendChild(text(getTranslation("traject.history.stage",
                        when.format(change.getChangedAt()), view.nameOf(change.getChangedById()),
                        getTranslation(change.getFromStage().labelKey()),
                        getTranslation(change.getToStage().labelKey()))));
                if (change.getOpenSteps() > 0) {
                    item.appendChild(text(" "), text(getTranslation("traject.history.open", change.getOpenSteps()),
                            "badge", "contrast"));
                }
                list.getElement().appendChild(item);
            }
            details.add(list);
        });
    }

    /** Adding one of the organisation's own steps to a stage: built once per stage, emptied on each showing. */
    final class OwnItemRow extends Div {

        final TextField newTitle = new TextField(getTranslation("traject.item.own.title"));
        final Button add;

        OwnItemRow(Stage stage) {
            addClassName("add-own-item");
            newTitle.setMaxLength(ChecklistItem.TITLE_MAX);
            String tooLong = getTranslation("traject.error.item.title", ChecklistItem.TITLE_MAX);
            newTitle.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong));
            add = new Button(getTranslation("traject.item.own.add"), VaadinIcon.PLUS.create(), e -> {
                try {
                    checklist.addOwnItem(trajectId, stage, newTitle.getValue(), "");
                } catch (InvalidInput refused) {
                    // caught only to mark the field; the one error handler (UiSetup) tells the message
                    newTitle.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                    newTitle.setInvalid(true);
                    throw refused;
                }
                Notices.success(getTranslation("traject.item.own.added", newTitle.getValue()));
                reload();
            });
            add(newTitle, add);
        }

        void clear() {
            newTitle.clear();
            newTitle.setInvalid(false);
        }
    }

    /** Made when its stage's checklist is first built: a text field and a button for each of four stages weigh. */
    OwnItemRow ownItemRow(Stage stage) {
        return ownItemRows.computeIfAbsent(stage, OwnItemRow::new);
    }

    /** The traject's plan, built when opened: most visits are about the checklist. */
    private Details details(TrajectView view) {
        Details details = new Details(getTranslation("traject.details"));
        details.addClassName("traject-details");
        return LazyDetails.buildWhenOpened(details, () -> details.add(facts(view)));
    }

    private UnorderedList facts(TrajectView view) {
        var traject = view.traject();
        UnorderedList facts = new UnorderedList();
        facts.addClassName("facts");
        fact(facts, "traject.field.startingpoint", getTranslation(traject.getStartingPoint().labelKey())
                + (traject.getStartingPointDescription().isBlank() ? ""
                : " — " + traject.getStartingPointDescription()));
        fact(facts, "traject.field.domains", traject.getDomains().stream().map(d -> getTranslation(d.labelKey()))
                .collect(Collectors.joining(", ")));
        fact(facts, "traject.field.roles", traject.getExpertRoles().stream().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", ")));
        fact(facts, "traject.field.startdate", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale()).format(traject.getStartDate()));
        fact(facts, "traject.field.pilot", traject.isStartSmall() ? traject.getPilotTeams() : getTranslation(
                "traject.whole.unit"));
        fact(facts, "traject.field.planned", traject.getPlannedExperts() == null ? ""
                : String.valueOf(traject.getPlannedExperts()));
        fact(facts, "traject.field.linemanager", traject.getLineManager());
        fact(facts, "traject.field.senior", traject.getSeniorExpertAdviser());
        fact(facts, "traject.field.members", traject.getMembers().stream()
                .map(m -> view.nameOf(m.userId()) + " (" + getTranslation(m.role().labelKey()) + ")").sorted()
                .collect(Collectors.joining(", ")));
        fact(facts, "traject.field.visible", getTranslation(traject.isVisibleToAllStaff() ? "yes" : "no"));
        return facts;
    }

    private void fact(UnorderedList facts, String labelKey, String value) {
        facts.getElement().appendChild(new Element("li").appendChild(text(getTranslation(labelKey) + ": ",
                "fact-label"), text(value == null || value.isBlank() ? getTranslation("traject.none") : value)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
