package nl.kwartiermaker.mentoring.ui;

import static nl.kwartiermaker.base.ui.Marks.muted;
import static nl.kwartiermaker.base.ui.Marks.note;
import static nl.kwartiermaker.base.ui.Marks.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.mentoring.OnboardingPlan;
import nl.kwartiermaker.mentoring.OnboardingService;
import nl.kwartiermaker.mentoring.OnboardingTask;
import nl.kwartiermaker.mentoring.TaskOwner;
import nl.kwartiermaker.mentoring.TaskStatus;

/**
 * An expert's onboarding plan: how far it is, the next open tasks with their owner and date (late ones marked), the
 * other open and the finished ones folded away, and what the signed-in person may do: tick off their own tasks, or as
 * coordinator start the plan, move dates, add and remove own tasks. Built again from one read after every change.
 */
class OnboardingPanel extends Section {

    /** How many open tasks show without opening the rest. */
    static final int NEXT_SHOWN = 3;

    private final transient OnboardingService onboarding;
    private final long personId;
    private transient OnboardingPlan plan;

    OnboardingPanel(OnboardingService onboarding, OnboardingPlan plan) {
        this.onboarding = onboarding;
        this.personId = plan.personId();
        setId(OnboardingService.ANCHOR);
        addClassNames("card", "onboarding-plan");
        show(plan);
    }

    private void reload() {
        show(onboarding.plan(personId));
    }

    private void show(OnboardingPlan shown) {
        plan = shown;
        removeAll();
        add(new H2(getTranslation("mentoring.onboarding.title")));
        if (!plan.started()) {
            add(notStarted());
        }
        plan.newerTemplate().filter(v -> plan.canManage()).ifPresent(version -> {
            Div newer = note(getTranslation("mentoring.onboarding.template.newer", version));
            newer.add(new Button(getTranslation("mentoring.onboarding.template.apply"), e -> confirmTemplate(version)));
            add(newer);
        });
        if (!plan.tasks().isEmpty()) {
            add(progress(), openTasks());
            if (!plan.finished().isEmpty()) {
                add(folded("onboarding-finished", getTranslation("mentoring.onboarding.finished",
                        plan.finished().size()), plan.finished()));
            }
        }
        if (plan.canManage()) {
            Details own = new Details(getTranslation("mentoring.onboarding.own"));
            own.addClassName("onboarding-own");
            LazyDetails.buildWhenOpened(own, () -> own.add(new OwnTaskRow()));
            add(own);
        }
    }

    /** The empty state says what happens next, and who does it. */
    private Component notStarted() {
        Div empty = new Div();
        empty.addClassName("onboarding-empty");
        if (!plan.canManage()) {
            empty.add(new Paragraph(getTranslation("mentoring.onboarding.none")));
        } else if (plan.startDate() == null) {
            empty.add(new Paragraph(getTranslation("mentoring.onboarding.none.no_start")));
        } else {
            empty.add(new Paragraph(getTranslation("mentoring.onboarding.none.start", date(plan.startDate()))));
            Button start = new Button(getTranslation("mentoring.onboarding.start"), VaadinIcon.PLAY.create(), e -> {
                int added = onboarding.start(personId);
                Notices.success(getTranslation("mentoring.onboarding.started", added));
                reload();
            });
            start.addThemeVariants(ButtonVariant.PRIMARY);
            empty.add(start);
        }
        return empty;
    }

    private Component progress() {
        Div progress = new Div();
        progress.addClassName("progress");
        ProgressBar bar = new ProgressBar(0, 100, plan.percentDone());
        bar.getElement().setAttribute("aria-label", getTranslation("mentoring.onboarding.progress.aria"));
        progress.add(bar, muted(getTranslation("mentoring.onboarding.progress", plan.finished().size(),
                plan.tasks().size())));
        return progress;
    }

    /**
     * The next few open tasks, soonest first, each with its one main action; the others are folded away and built
     * when opened, because a plan of fourteen tasks with their buttons would weigh on every visit to the page.
     */
    private Component openTasks() {
        Div open = new Div(new H3(getTranslation("mentoring.onboarding.open")));
        List<OnboardingTask> tasks = plan.open().stream()
                .sorted(Comparator.comparing(OnboardingTask::getDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (tasks.isEmpty()) {
            open.add(new Paragraph(getTranslation("mentoring.onboarding.open.none")));
            return open;
        }
        open.add(list(tasks.subList(0, Math.min(NEXT_SHOWN, tasks.size()))));
        if (tasks.size() > NEXT_SHOWN) {
            open.add(folded("onboarding-later", getTranslation("mentoring.onboarding.later",
                    tasks.size() - NEXT_SHOWN), tasks.subList(NEXT_SHOWN, tasks.size())));
        }
        return open;
    }

    private Details folded(String className, String summary, List<OnboardingTask> tasks) {
        Details folded = new Details(summary);
        folded.addClassName(className);
        return LazyDetails.buildWhenOpened(folded, () -> folded.add(list(tasks)));
    }

    private UnorderedList list(List<OnboardingTask> tasks) {
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist-items");
        tasks.forEach(task -> list.add(item(task)));
        return list;
    }

    private ListItem item(OnboardingTask task) {
        Div line = new Div();
        line.addClassName("item-line");
        if (task.isFinished()) {
            line.getElement().appendChild(text(getTranslation(task.getStatus().labelKey()), "badge",
                    task.getStatus() == TaskStatus.DONE ? "status-gereed" : "status-nvt"));
        }
        String owner = getTranslation(task.getOwner().labelKey());
        line.getElement().appendChild(text(task.getTitle(), "item-title"),
                text(getTranslation("mentoring.onboarding.owner", owner), "muted"));
        if (task.getDueOn() != null && !task.isFinished()) {
            line.getElement().appendChild(dueMark(task));
        }
        if (plan.canTick(task)) {
            line.add(task.isFinished()
                    ? action("mentoring.onboarding.reopen", task, ButtonVariant.TERTIARY,
                            () -> setStatus(task, TaskStatus.OPEN, "mentoring.onboarding.reopened"))
                    : action("mentoring.onboarding.done", task, ButtonVariant.PRIMARY,
                            () -> setStatus(task, TaskStatus.DONE, "mentoring.onboarding.marked_done")));
        }
        boolean moreActions = plan.canManage() || (plan.canTick(task) && !task.isFinished());
        ListItem item = new ListItem(line);
        if (task.getDescription().isBlank() && !moreActions) {
            return item;
        }
        // the explanation and the less common actions are used one task at a time: built when opened
        Details more = new Details(getTranslation("mentoring.onboarding.more"));
        LazyDetails.buildWhenOpened(more, () -> more(more, task));
        more.addClassName("onboarding-more");
        item.add(more);
        return item;
    }

    private void more(Details more, OnboardingTask task) {
        if (!task.getDescription().isBlank()) {
            more.add(new Paragraph(task.getDescription()));
        }
        if (!task.getSource().isBlank()) {
            SourceCitation source = new SourceCitation("mentoring.onboarding.source", task.getSource());
            source.addClassName("muted");
            more.add(source);
        }
        Div actions = new Div();
        actions.addClassName("actions");
        if (plan.canTick(task) && !task.isFinished()) {
            actions.add(action("mentoring.onboarding.not_applicable", task, ButtonVariant.TERTIARY,
                    () -> setStatus(task, TaskStatus.NOT_APPLICABLE, "mentoring.onboarding.set_aside")));
        }
        if (plan.canManage()) {
            actions.add(action("mentoring.onboarding.move", task, ButtonVariant.TERTIARY,
                    () -> new TaskDueDialog(onboarding, task, plan.dates(), plan.today(), this::reload).open()));
            if (task.isOwn()) {
                String remove = getTranslation("mentoring.onboarding.remove");
                actions.add(action("mentoring.onboarding.remove", task, ButtonVariant.ERROR,
                        () -> Confirmation.ask(remove, getTranslation("mentoring.onboarding.remove.confirm",
                                task.getTitle()), remove, () -> {
                                    onboarding.removeOwnTask(task.getId(), task.getVersion());
                                    Notices.success(getTranslation("mentoring.onboarding.removed", task.getTitle()));
                                    reload();
                                })));
            }
        }
        if (actions.getComponentCount() > 0) {
            more.add(actions);
        }
    }

    private Element dueMark(OnboardingTask task) {
        String due = date(task.getDueOn());
        if (task.isOverdue(plan.today())) {
            return text(getTranslation("mentoring.onboarding.overdue", due), "badge", "error");
        }
        if (!task.getDueOn().isAfter(plan.today().plusDays(OnboardingService.SOON_DAYS))) {
            return text(getTranslation("mentoring.onboarding.soon", due), "badge", "contrast");
        }
        return text(getTranslation("mentoring.onboarding.due", due), "muted");
    }

    /** A small button whose spoken name starts with its visible text and says which task it is for. */
    private Button action(String key, OnboardingTask task, ButtonVariant variant, Runnable run) {
        String text = getTranslation(key);
        Button button = new Button(text, e -> run.run());
        button.addThemeVariants(ButtonVariant.SMALL, variant);
        if (variant == ButtonVariant.ERROR) {
            button.addThemeVariants(ButtonVariant.TERTIARY);
        }
        button.setAriaLabel(getTranslation("mentoring.onboarding.action.aria", text, task.getTitle()));
        return button;
    }

    /** Refused input and a conflicting edit reach the one error handler (UiSetup), which tells the person. */
    private void setStatus(OnboardingTask task, TaskStatus status, String successKey) {
        onboarding.setStatus(task.getId(), task.getVersion(), status);
        Notices.success(getTranslation(successKey, task.getTitle()));
        reload();
    }

    private void confirmTemplate(int version) {
        String apply = getTranslation("mentoring.onboarding.template.apply");
        Confirmation.ask(apply, getTranslation("mentoring.onboarding.template.confirm", version), apply, () -> {
            int added = onboarding.applyTemplate(personId, version);
            Notices.success(getTranslation("mentoring.onboarding.template.applied", added));
            reload();
        });
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    /** The coordinator's own task: what, who and by when. */
    final class OwnTaskRow extends Div {

        final TextField title = new TextField(getTranslation("mentoring.onboarding.own.title"));
        final Select<TaskOwner> owner = new Select<>();
        final DatePicker due = PlanDatePicker.of(this, getTranslation("mentoring.onboarding.own.due"),
                "mentoring.onboarding.error.due", plan.dates(), null, plan.today());
        final Button add;

        OwnTaskRow() {
            addClassName("onboarding-own-task");
            title.setMaxLength(OnboardingTask.TITLE_MAX);
            title.setRequiredIndicatorVisible(true);
            String tooLong = getTranslation("mentoring.onboarding.error.title", OnboardingTask.TITLE_MAX);
            title.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong));
            owner.setLabel(getTranslation("mentoring.onboarding.own.owner"));
            owner.setItems(TaskOwner.values());
            owner.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
            owner.setValue(TaskOwner.COORDINATOR);
            due.setRequiredIndicatorVisible(true);
            add = new Button(getTranslation("mentoring.onboarding.own.add"), VaadinIcon.PLUS.create(), e -> save());
            Div fields = new Div(title, owner, due, add);
            fields.addClassName("add-own-item");
            add(new H3(getTranslation("mentoring.onboarding.own")), fields);
        }

        void save() {
            try {
                onboarding.addOwnTask(personId, title.getValue(), owner.getValue(), due.getValue());
            } catch (InvalidInput refused) {
                // caught only to mark the field the message is about; the one error handler tells the message
                HasValidation field = refused.messageKey().equals("mentoring.onboarding.error.due") ? due : title;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                field.setInvalid(true);
                throw refused;
            }
            Notices.success(getTranslation("mentoring.onboarding.own.added", title.getValue()));
            reload();
        }
    }
}
