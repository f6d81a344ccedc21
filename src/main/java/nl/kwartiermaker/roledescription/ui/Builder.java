package nl.kwartiermaker.roledescription.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.WarningList;
import nl.kwartiermaker.roledescription.Competences;
import nl.kwartiermaker.roledescription.ContextAndTasks;
import nl.kwartiermaker.roledescription.CoreTask;
import nl.kwartiermaker.roledescription.DescriptionSection;
import nl.kwartiermaker.roledescription.EmploymentType;
import nl.kwartiermaker.roledescription.FreeSpace;
import nl.kwartiermaker.roledescription.Placement;
import nl.kwartiermaker.roledescription.Positioning;
import nl.kwartiermaker.roledescription.ReviewComment;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionContent;
import nl.kwartiermaker.roledescription.RoleDescriptionPage;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionWarning;
import nl.kwartiermaker.roledescription.RoleDescriptionWarnings;
import nl.kwartiermaker.roledescription.SupportAndDevelopment;
import nl.kwartiermaker.roledescription.Terms;
import nl.kwartiermaker.roledescription.TextBlock;
import nl.kwartiermaker.roledescription.TitleAndRoles;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The stepwise form: one step at a time, with a step indicator, Back and Next. Only the open step's fields exist
 * (every component costs memory for as long as the session lives); its form is bound with a {@link Binder} to the
 * step's own record of the content ({@link TitleAndRoles}, {@link Terms} …), and the other steps' records wait in the
 * draft, so saving writes all seven into one content. Moving to another step saves the whole content first; when the
 * service refuses it, the step stays open with the message at the field, so nothing typed is lost. Warnings for the
 * step's sections update while HR fills it in.
 */
class Builder extends Div {

    /** The steps and the sections each one fills. */
    enum Step {
        TITLE(DescriptionSection.TITLE, DescriptionSection.ROLES),
        TASKS(DescriptionSection.CONTEXT, DescriptionSection.CORE_TASKS, DescriptionSection.TASKS),
        COMPETENCES(DescriptionSection.COMPETENCES),
        POSITIONING(DescriptionSection.POSITIONING, DescriptionSection.LINE_MANAGER),
        TERMS(DescriptionSection.EMPLOYMENT, DescriptionSection.PAY, DescriptionSection.CONDITIONS),
        SUPPORT(DescriptionSection.SUPPORT, DescriptionSection.DEVELOPMENT),
        FREE(DescriptionSection.FREE);

        final Set<DescriptionSection> sections;

        Step(DescriptionSection... sections) {
            this.sections = Set.of(sections);
        }

        String labelKey() {
            return "roledesc.step." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The step that holds the field each refusal of the service is about. */
    private static final Map<String, Step> ERROR_STEPS = Map.of("roledesc.error.title", Step.TITLE,
            "roledesc.error.theme", Step.TITLE, "roledesc.error.traject", Step.TITLE, "roledesc.error.tasks",
            Step.TASKS, "roledesc.error.task", Step.TASKS, "roledesc.error.linemanager", Step.POSITIONING,
            "roledesc.error.experts", Step.POSITIONING, "roledesc.error.cao", Step.TERMS, "roledesc.error.hours",
            Step.TERMS);

    private final transient RoleDescriptionService descriptions;
    private final transient Consumer<RoleDescription> onSaved;
    private RoleDescription description;
    private final RoleDescriptionPage page;
    private Step current = Step.TITLE;
    // what HR wrote in every step; the open step's form holds the newest values of its own part
    private RoleDescriptionContent draft;
    // the open step's form written into the draft
    private SerializableSupplier<RoleDescriptionContent> openForm;

    // only the open step's fields exist (the others are null): a step's components are built when it opens
    TextField title;
    TextField theme;
    CheckboxGroup<ExpertRole> roles;
    Select<Long> traject;
    TextArea context;
    CheckboxGroup<Domain> domains;
    CheckboxGroup<CoreTask> coreTasks;
    TextArea tasks;
    CompetenceLevelsField competences;
    RadioButtonGroup<Positioning> positioning;
    IntegerField expertsInTeam;
    Checkbox tandem;
    Checkbox expertLeadsIntroduction;
    TextArea positioningNotes;
    TextField lineManager;
    RadioButtonGroup<EmploymentType> employmentType;
    IntegerField hoursPerWeek;
    TextArea payGuidance;
    TextField collectiveAgreement;
    TextArea conditions;
    Checkbox mentor;
    Checkbox intervision;
    Checkbox supervision;
    Checkbox professionalNetwork;
    TextArea support;
    Checkbox pathToPaid;
    TextArea development;
    TextArea free;

    final Button back = new Button();
    final Button next = new Button();
    final Button save = new Button();
    private final Nav indicator = new Nav();
    private final Div stepBody = new Div();
    final Div warnings = new Div();
    private final List<TextBlock> blocks;
    private final Map<Long, String> trajectNames;

    Builder(RoleDescriptionService descriptions, RoleDescriptionPage page, Consumer<RoleDescription> onSaved) {
        this.descriptions = descriptions;
        this.page = page;
        this.description = page.description();
        this.draft = description.content();
        this.onSaved = onSaved;
        this.blocks = descriptions.textBlocks();
        this.trajectNames = page.trajectNames();
        addClassName("builder");
        indicator.addClassName("step-indicator");
        indicator.getElement().setAttribute("aria-label", getTranslation("roledesc.steps"));
        stepBody.addClassName("step-body");
        warnings.addClassName("step-warnings");
        warnings.getElement().setAttribute("aria-live", "polite");
        back.setText(getTranslation("roledesc.step.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> go(Step.values()[current.ordinal() - 1]));
        next.setText(getTranslation("roledesc.step.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> go(Step.values()[current.ordinal() + 1]));
        save.setText(getTranslation("roledesc.step.save"));
        save.addClickListener(e -> {
            if (store()) {
                Notices.success(getTranslation("roledesc.saved"));
            }
        });
        Div buttons = new Div(back, save, next);
        buttons.addClassName("step-buttons");
        add(indicator);
        // the text blocks and interview questions are written from the Dutch seeds
        DutchContent.notice(this).ifPresent(this::add);
        add(stepBody, buttons);
        show(Step.TITLE);
    }

    Step current() {
        return current;
    }

    /** The version of the last successful save, which the page's actions must send back. */
    long version() {
        return description.getVersion();
    }

    /** Saves the current step and, only when that worked, opens the other one. */
    void go(Step target) {
        if (storeIfChanged()) {
            show(target);
        }
    }

    private void show(Step step) {
        draft = content();
        current = step;
        indicator.removeAll();
        OrderedList steps = new OrderedList();
        for (Step s : Step.values()) {
            Button link = new Button(getTranslation("roledesc.step.indicator", s.ordinal() + 1,
                    getTranslation(s.labelKey())));
            link.addThemeVariants(ButtonVariant.TERTIARY);
            link.addClickListener(e -> go(s));
            ListItem item = new ListItem(link);
            if (s == step) {
                link.getElement().setAttribute("aria-current", "step");
                item.addClassName("current");
            }
            steps.add(item);
        }
        indicator.add(steps);
        stepBody.removeAll();
        H2 heading = new H2(getTranslation("roledesc.step.heading", step.ordinal() + 1, Step.values().length,
                getTranslation(step.labelKey())));
        stepBody.add(heading, new Paragraph(getTranslation(step.labelKey() + ".help")), warnings, build(step));
        stepBody.add(comments(step));
        back.setEnabled(step.ordinal() > 0);
        next.setEnabled(step.ordinal() < Step.values().length - 1);
        refreshWarnings();
    }

    /**
     * Saves the whole content; false (with the message at the field) when the service refuses it. It catches the
     * refusal itself, unlike the page's other actions, because a refused step must stay open with the message at its
     * field, and leaving the page must be able to ask "leave anyway?" instead of failing.
     */
    boolean store() {
        clearErrors();
        try {
            RoleDescription saved = descriptions.update(description.getId(), description.getVersion(), content());
            description = saved;
            onSaved.accept(saved);
            return true;
        } catch (InvalidInput e) {
            String message = getTranslation(e.messageKey(), e.params());
            HasValidation field = showFieldFor(e.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notices.error(message);
            }
            return false;
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("error.conflict"));
            return false;
        }
    }

    /**
     * Saves when the content differs from the last save; true when there was nothing to save. Leaving the page and
     * moving between steps go through here: saving unchanged content still read the description, checked it, and
     * built the page again (the builder's page was the costliest to leave, issue 18). The save button always asks the
     * service, which also says whether someone else has changed the description meanwhile.
     */
    boolean storeIfChanged() {
        return content().equals(description.content()) || store();
    }

    RoleDescriptionContent content() {
        return openForm == null ? draft : openForm.get();
    }

    /**
     * Builds the step's fields, fills them from the draft and binds them with a {@link Binder} to the step's own
     * record of the content; the fields of the other steps are dropped.
     */
    private Component build(Step step) {
        clearFields();
        return switch (step) {
            case TITLE -> titleStep();
            case TASKS -> tasksStep();
            case COMPETENCES -> competencesStep();
            case POSITIONING -> positioningStep();
            case TERMS -> termsStep();
            case SUPPORT -> supportStep();
            case FREE -> freeStep();
        };
    }

    private Component titleStep() {
        title = textField("roledesc.field.title", RoleDescription.TITLE_MAX);
        title.setHelperText(getTranslation("roledesc.field.title.help"));
        title.setRequiredIndicatorVisible(true);
        theme = textField("roledesc.field.theme", RoleDescription.TITLE_MAX);
        theme.setHelperText(getTranslation("roledesc.field.theme.help"));
        roles = new CheckboxGroup<>(getTranslation("roledesc.field.roles"));
        roles.setItems(ExpertRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("traject.role." + r.name().toLowerCase(Locale.ROOT)));
        traject = new Select<>();
        traject.setLabel(getTranslation("roledesc.field.traject"));
        traject.setItems(trajectNames.keySet());
        traject.setEmptySelectionAllowed(true);
        traject.setEmptySelectionCaption(getTranslation("roledesc.field.traject.none"));
        traject.setItemLabelGenerator(id -> id == null ? getTranslation("roledesc.field.traject.none")
                : trajectNames.getOrDefault(id, "#" + id));
        Binder<TitleAndRoles> form = new Binder<>(TitleAndRoles.class);
        form.forField(title).bind(TitleAndRoles.TITLE);
        form.forField(theme).bind(TitleAndRoles.THEME);
        form.forField(roles).bind(TitleAndRoles.ROLES);
        // a traject this person cannot choose (closed, or not theirs) is shown as none
        form.forField(traject).withConverter(id -> id, id -> id != null && trajectNames.containsKey(id) ? id : null)
                .bind(TitleAndRoles.TRAJECT_ID);
        open(form, draft.titleAndRoles(), draft::with);
        return form(title, theme, roles, traject);
    }

    private Component tasksStep() {
        context = textArea("roledesc.field.context");
        context.setHelperText(getTranslation("roledesc.field.context.help"));
        domains = new CheckboxGroup<>(getTranslation("roledesc.field.domains"));
        domains.setItems(Domain.values());
        domains.setItemLabelGenerator(d -> getTranslation("traject.domain." + d.name().toLowerCase(Locale.ROOT)));
        coreTasks = new CheckboxGroup<>(getTranslation("roledesc.field.coretasks"));
        coreTasks.setItems(CoreTask.values());
        coreTasks.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        tasks = new TextArea(getTranslation("roledesc.field.tasks"));
        tasks.setHelperText(getTranslation("roledesc.field.tasks.help", RoleDescription.TASKS_MAX));
        tasks.setWidthFull();
        Binder<ContextAndTasks> form = new Binder<>(ContextAndTasks.class);
        form.forField(context).bind(ContextAndTasks.CONTEXT);
        form.forField(domains).bind(ContextAndTasks.DOMAINS);
        form.forField(coreTasks).bind(ContextAndTasks.CORE_TASKS);
        // one task per line; the content drops empty lines
        form.forField(tasks).withConverter((String text) -> Arrays.asList(text.split("\n")),
                (List<String> lines) -> String.join("\n", lines)).bind(ContextAndTasks.TASKS);
        open(form, draft.contextAndTasks(), draft::with);
        return form(withBlocks(context, DescriptionSection.CONTEXT, DescriptionSection.CORE_TASKS), domains,
                coreTasks, withBlocks(tasks, DescriptionSection.TASKS));
    }

    private Component competencesStep() {
        competences = new CompetenceLevelsField();
        Binder<Competences> form = new Binder<>(Competences.class);
        form.forField(competences).bind(Competences.LEVELS);
        open(form, draft.competences(), draft::with);
        // the seeds and the BCP-E name competences but no levels: the levels are the organisation's own scale
        Paragraph levels = new Paragraph(getTranslation("roledesc.levels.help"));
        levels.addClassName("competence-levels-help");
        return new Div(new Paragraph(getTranslation("roledesc.field.competences.help")), levels, competences);
    }

    private Component positioningStep() {
        positioning = new RadioButtonGroup<>(getTranslation("roledesc.field.positioning"));
        positioning.setItems(Positioning.values());
        positioning.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        expertsInTeam = new IntegerField(getTranslation("roledesc.field.experts"));
        expertsInTeam.setHelperText(getTranslation("roledesc.field.experts.help"));
        expertsInTeam.setMin(1);
        expertsInTeam.setMax(RoleDescriptionService.EXPERTS_MAX);
        tandem = new Checkbox(getTranslation("roledesc.field.tandem"));
        expertLeadsIntroduction = new Checkbox(getTranslation("roledesc.field.leads"));
        positioningNotes = textArea("roledesc.field.positioningnotes");
        lineManager = textField("roledesc.field.linemanager", RoleDescription.TITLE_MAX);
        lineManager.setHelperText(getTranslation("roledesc.field.linemanager.help"));
        Binder<Placement> form = new Binder<>(Placement.class);
        form.forField(positioning).bind(Placement.POSITIONING);
        form.forField(expertsInTeam).bind(Placement.EXPERTS_IN_TEAM);
        form.forField(tandem).bind(Placement.TANDEM);
        form.forField(expertLeadsIntroduction).bind(Placement.EXPERT_LEADS_INTRODUCTION);
        form.forField(positioningNotes).bind(Placement.NOTES);
        form.forField(lineManager).bind(Placement.LINE_MANAGER);
        open(form, draft.placement(), draft::with);
        return form(positioning, expertsInTeam, tandem, expertLeadsIntroduction,
                withBlocks(positioningNotes, DescriptionSection.POSITIONING),
                withBlocks(lineManager, DescriptionSection.LINE_MANAGER));
    }

    private Component termsStep() {
        employmentType = new RadioButtonGroup<>(getTranslation("roledesc.field.employment"));
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        hoursPerWeek = new IntegerField(getTranslation("roledesc.field.hours"));
        hoursPerWeek.setMin(1);
        hoursPerWeek.setMax(RoleDescriptionService.HOURS_MAX);
        payGuidance = textArea("roledesc.field.pay");
        payGuidance.setHelperText(getTranslation("roledesc.field.pay.help"));
        collectiveAgreement = textField("roledesc.field.cao", RoleDescription.TITLE_MAX);
        conditions = textArea("roledesc.field.conditions");
        conditions.setHelperText(getTranslation("roledesc.field.conditions.help"));
        Binder<Terms> form = new Binder<>(Terms.class);
        form.forField(employmentType).bind(Terms.EMPLOYMENT_TYPE);
        form.forField(hoursPerWeek).bind(Terms.HOURS_PER_WEEK);
        form.forField(payGuidance).bind(Terms.PAY_GUIDANCE);
        form.forField(collectiveAgreement).bind(Terms.COLLECTIVE_AGREEMENT);
        form.forField(conditions).bind(Terms.CONDITIONS);
        open(form, draft.terms(), draft::with);
        return form(employmentType, hoursPerWeek, withBlocks(payGuidance, DescriptionSection.PAY),
                collectiveAgreement, withBlocks(conditions, DescriptionSection.CONDITIONS));
    }

    private Component supportStep() {
        mentor = new Checkbox(getTranslation("roledesc.field.mentor"));
        intervision = new Checkbox(getTranslation("roledesc.field.intervision"));
        supervision = new Checkbox(getTranslation("roledesc.field.supervision"));
        professionalNetwork = new Checkbox(getTranslation("roledesc.field.network"));
        support = textArea("roledesc.field.support");
        pathToPaid = new Checkbox(getTranslation("roledesc.field.path"));
        development = textArea("roledesc.field.development");
        Binder<SupportAndDevelopment> form = new Binder<>(SupportAndDevelopment.class);
        form.forField(mentor).bind(SupportAndDevelopment.MENTOR);
        form.forField(intervision).bind(SupportAndDevelopment.INTERVISION);
        form.forField(supervision).bind(SupportAndDevelopment.SUPERVISION);
        form.forField(professionalNetwork).bind(SupportAndDevelopment.PROFESSIONAL_NETWORK);
        form.forField(support).bind(SupportAndDevelopment.SUPPORT);
        form.forField(pathToPaid).bind(SupportAndDevelopment.PATH_TO_PAID);
        form.forField(development).bind(SupportAndDevelopment.DEVELOPMENT);
        open(form, draft.support(), draft::with);
        return form(mentor, intervision, supervision, professionalNetwork,
                withBlocks(support, DescriptionSection.SUPPORT), pathToPaid,
                withBlocks(development, DescriptionSection.DEVELOPMENT));
    }

    private Component freeStep() {
        free = textArea("roledesc.field.free");
        free.setHelperText(getTranslation("roledesc.field.free.help"));
        Binder<FreeSpace> form = new Binder<>(FreeSpace.class);
        form.forField(free).bind(FreeSpace.TEXT);
        open(form, draft.free(), draft::with);
        return form(free);
    }

    /** Fills the open step's form from its part of the draft; the draft then takes that part from the form. */
    private <T> void open(Binder<T> form, T part, SerializableFunction<T, RoleDescriptionContent> into) {
        // the service alone judges the content (one rule, one message at the field); the fields' own checks of min,
        // max and number format would refuse silently before it is asked
        form.setDefaultValidatorsEnabled(false);
        form.readRecord(part);
        openForm = () -> into.apply(write(form));
        form.addValueChangeListener(e -> refreshWarnings());
    }

    private static <T> T write(Binder<T> form) {
        try {
            return form.writeRecord();
        } catch (ValidationException e) {
            // the forms carry no validators: the service judges the whole content and its message goes to the field
            throw new IllegalStateException("A builder form refused its own values", e);
        }
    }

    private TextField textField(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

    private TextArea textArea(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(RoleDescription.TEXT_MAX);
        area.setWidthFull();
        return area;
    }

    private void clearFields() {
        openForm = null;
        title = theme = lineManager = collectiveAgreement = null;
        roles = null;
        traject = null;
        context = tasks = positioningNotes = payGuidance = conditions = support = development = free = null;
        domains = null;
        coreTasks = null;
        competences = null;
        positioning = null;
        employmentType = null;
        expertsInTeam = hoursPerWeek = null;
        tandem = expertLeadsIntroduction = mentor = intervision = supervision = professionalNetwork = pathToPaid
                = null;
    }

    private static Div form(Component... fields) {
        Div form = new Div(fields);
        form.addClassName("step-form");
        return form;
    }

    /**
     * A field with a picker of the text blocks for its sections; picking one adds its text, so HR builds on the
     * seeds' wording instead of starting from nothing. A line manager's blocks go to the positioning notes.
     */
    private Component withBlocks(HasValue<?, String> field, DescriptionSection... sections) {
        List<TextBlock> offered = blocks.stream().filter(b -> Arrays.asList(sections).contains(b.section())).toList();
        Div wrapper = new Div((Component) field);
        wrapper.addClassName("field-with-blocks");
        if (offered.isEmpty()) {
            return wrapper;
        }
        HasValue<?, String> target = field == lineManager ? positioningNotes : field;
        Select<TextBlock> picker = new Select<>();
        picker.setLabel(getTranslation("roledesc.blocks.insert", getTranslation(sections[0].labelKey())));
        picker.setItems(offered);
        picker.setItemLabelGenerator(b -> b.isOwn() ? getTranslation("roledesc.blocks.own", b.title()) : b.title());
        picker.setPlaceholder(getTranslation("roledesc.blocks.choose"));
        picker.addValueChangeListener(e -> {
            TextBlock block = e.getValue();
            if (block == null || !e.isFromClient()) {
                return;
            }
            String before = target.getValue();
            String separator = target == tasks ? "\n" : "\n\n";
            target.setValue(before.isBlank() ? block.text() : before.strip() + separator + block.text());
            Notices.success(getTranslation("roledesc.blocks.added", block.title()));
            picker.clear();
        });
        picker.addClassName("block-picker");
        wrapper.add(picker);
        return wrapper;
    }

    void refreshWarnings() {
        List<RoleDescriptionWarning> found = RoleDescriptionWarnings.of(content());
        warnings.removeAll();
        List<RoleDescriptionWarning> shown = current == Step.FREE ? found
                : found.stream().filter(w -> current.sections.contains(w.section())).toList();
        if (shown.isEmpty()) {
            warnings.setVisible(false);
            return;
        }
        warnings.setVisible(true);
        warnings.add(new H3(getTranslation(current == Step.FREE ? "roledesc.warnings.all" : "roledesc.warnings")));
        WarningList list = new WarningList();
        for (RoleDescriptionWarning warning : shown) {
            list.addWarning(getTranslation(warning.messageKey(), RoleDescriptionWarnings.SMALL_CONTRACT_HOURS),
                    warning.source()).getElement().setAttribute("data-rule", warning.rule().name());
        }
        warnings.add(list);
    }

    private Component comments(Step step) {
        // the open remarks; answering and resolving them happens in the review part above the builder
        List<ReviewComment> remarks = page.openComments().stream().filter(c -> step.sections.contains(
                c.getSection())).toList();
        Section section = new Section();
        section.addClassName("step-comments");
        if (remarks.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H3(getTranslation("roledesc.comments.step")));
        UnorderedList list = new UnorderedList();
        remarks.forEach(c -> list.add(new ListItem(new Span(getTranslation("roledesc.comment.line",
                page.nameOf(c.getAuthorId()), getTranslation(c.getSection().labelKey()), c.getText())))));
        section.add(list);
        return section;
    }

    private void clearErrors() {
        for (String key : ERROR_STEPS.keySet()) {
            HasValidation field = fieldFor(key);
            if (field != null) {
                field.setInvalid(false);
            }
        }
    }

    /** The step whose field a refusal is about, which opens so that the message is seen, with the field. */
    private HasValidation showFieldFor(String messageKey) {
        Step step = ERROR_STEPS.get(messageKey);
        if (step == null) {
            return null;
        }
        if (step != current) {
            show(step);
        }
        return fieldFor(messageKey);
    }

    /** The open step's field for a refusal; null when that field's step is not open. */
    private HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "roledesc.error.title" -> title;
            case "roledesc.error.theme" -> theme;
            case "roledesc.error.traject" -> traject;
            case "roledesc.error.tasks", "roledesc.error.task" -> tasks;
            case "roledesc.error.linemanager" -> lineManager;
            case "roledesc.error.experts" -> expertsInTeam;
            case "roledesc.error.cao" -> collectiveAgreement;
            case "roledesc.error.hours" -> hoursPerWeek;
            default -> null;
        };
    }
}
