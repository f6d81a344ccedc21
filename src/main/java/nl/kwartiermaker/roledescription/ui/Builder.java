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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * The stepwise form: one step at a time, with a step indicator, Back and Next. Each step's form is bound with a
 * {@link Binder} to the step's own record of the content ({@link TitleAndRoles}, {@link Terms} …); saving writes
 * the seven records into one content. Moving to another step saves the whole content first; when the service refuses
 * it, the step stays open with the message at the field, so nothing typed is lost. Warnings for the step's sections
 * update while HR fills it in.
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

    private final transient RoleDescriptionService descriptions;
    private final transient Consumer<RoleDescription> onSaved;
    private RoleDescription description;
    private final RoleDescriptionPage page;
    private Step current = Step.TITLE;

    final TextField title = new TextField();
    final TextField theme = new TextField();
    final CheckboxGroup<ExpertRole> roles = new CheckboxGroup<>();
    final Select<Long> traject = new Select<>();
    final TextArea context = new TextArea();
    final CheckboxGroup<Domain> domains = new CheckboxGroup<>();
    final CheckboxGroup<CoreTask> coreTasks = new CheckboxGroup<>();
    final TextArea tasks = new TextArea();
    final CompetenceLevelsField competences = new CompetenceLevelsField();
    final RadioButtonGroup<Positioning> positioning = new RadioButtonGroup<>();
    final IntegerField expertsInTeam = new IntegerField();
    final Checkbox tandem = new Checkbox();
    final Checkbox expertLeadsIntroduction = new Checkbox();
    final TextArea positioningNotes = new TextArea();
    final TextField lineManager = new TextField();
    final RadioButtonGroup<EmploymentType> employmentType = new RadioButtonGroup<>();
    final IntegerField hoursPerWeek = new IntegerField();
    final TextArea payGuidance = new TextArea();
    final TextField collectiveAgreement = new TextField();
    final TextArea conditions = new TextArea();
    final Checkbox mentor = new Checkbox();
    final Checkbox intervision = new Checkbox();
    final Checkbox supervision = new Checkbox();
    final Checkbox professionalNetwork = new Checkbox();
    final TextArea support = new TextArea();
    final Checkbox pathToPaid = new Checkbox();
    final TextArea development = new TextArea();
    final TextArea free = new TextArea();

    // one form per step, each bound to the step's part of the content
    private final Binder<TitleAndRoles> titleForm = new Binder<>(TitleAndRoles.class);
    private final Binder<ContextAndTasks> tasksForm = new Binder<>(ContextAndTasks.class);
    private final Binder<Competences> competencesForm = new Binder<>(Competences.class);
    private final Binder<Placement> positioningForm = new Binder<>(Placement.class);
    private final Binder<Terms> termsForm = new Binder<>(Terms.class);
    private final Binder<SupportAndDevelopment> supportForm = new Binder<>(SupportAndDevelopment.class);
    private final Binder<FreeSpace> freeForm = new Binder<>(FreeSpace.class);

    final Button back = new Button();
    final Button next = new Button();
    final Button save = new Button();
    private final Nav indicator = new Nav();
    private final Div stepBody = new Div();
    final Div warnings = new Div();
    private final Map<Step, Component> stepContent = new EnumMap<>(Step.class);
    private final List<TextBlock> blocks;
    private final Map<Long, String> trajectNames;

    Builder(RoleDescriptionService descriptions, RoleDescriptionPage page, Consumer<RoleDescription> onSaved) {
        this.descriptions = descriptions;
        this.page = page;
        this.description = page.description();
        this.onSaved = onSaved;
        this.blocks = descriptions.textBlocks();
        this.trajectNames = page.trajectNames();
        addClassName("builder");
        configureFields();
        bind();
        read(description.content());
        buildSteps();
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
        if (store()) {
            show(target);
        }
    }

    private void show(Step step) {
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
        stepBody.add(heading, new Paragraph(getTranslation(step.labelKey() + ".help")), warnings,
                stepContent.get(step));
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
            HasValidation field = fieldFor(e.messageKey());
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

    RoleDescriptionContent content() {
        return new RoleDescriptionContent(write(titleForm), write(tasksForm), write(competencesForm),
                write(positioningForm), write(termsForm), write(supportForm), write(freeForm));
    }

    private void read(RoleDescriptionContent c) {
        titleForm.readRecord(c.titleAndRoles());
        tasksForm.readRecord(c.contextAndTasks());
        competencesForm.readRecord(c.competences());
        positioningForm.readRecord(c.placement());
        termsForm.readRecord(c.terms());
        supportForm.readRecord(c.support());
        freeForm.readRecord(c.free());
    }

    private static <T> T write(Binder<T> form) {
        try {
            return form.writeRecord();
        } catch (ValidationException e) {
            // the forms carry no validators: the service judges the whole content and its message goes to the field
            throw new IllegalStateException("A builder form refused its own values", e);
        }
    }

    private void bind() {
        titleForm.forField(title).bind(TitleAndRoles.TITLE);
        titleForm.forField(theme).bind(TitleAndRoles.THEME);
        titleForm.forField(roles).bind(TitleAndRoles.ROLES);
        // a traject this person cannot choose (closed, or not theirs) is shown as none
        titleForm.forField(traject).withConverter(id -> id, id -> id != null && trajectNames.containsKey(id) ? id : null)
                .bind(TitleAndRoles.TRAJECT_ID);
        tasksForm.forField(context).bind(ContextAndTasks.CONTEXT);
        tasksForm.forField(domains).bind(ContextAndTasks.DOMAINS);
        tasksForm.forField(coreTasks).bind(ContextAndTasks.CORE_TASKS);
        // one task per line; the content drops empty lines
        tasksForm.forField(tasks).withConverter((String text) -> Arrays.asList(text.split("\n")),
                (List<String> lines) -> String.join("\n", lines)).bind(ContextAndTasks.TASKS);
        competencesForm.forField(competences).bind(Competences.LEVELS);
        positioningForm.forField(positioning).bind(Placement.POSITIONING);
        positioningForm.forField(expertsInTeam).bind(Placement.EXPERTS_IN_TEAM);
        positioningForm.forField(tandem).bind(Placement.TANDEM);
        positioningForm.forField(expertLeadsIntroduction).bind(Placement.EXPERT_LEADS_INTRODUCTION);
        positioningForm.forField(positioningNotes).bind(Placement.NOTES);
        positioningForm.forField(lineManager).bind(Placement.LINE_MANAGER);
        termsForm.forField(employmentType).bind(Terms.EMPLOYMENT_TYPE);
        termsForm.forField(hoursPerWeek).bind(Terms.HOURS_PER_WEEK);
        termsForm.forField(payGuidance).bind(Terms.PAY_GUIDANCE);
        termsForm.forField(collectiveAgreement).bind(Terms.COLLECTIVE_AGREEMENT);
        termsForm.forField(conditions).bind(Terms.CONDITIONS);
        supportForm.forField(mentor).bind(SupportAndDevelopment.MENTOR);
        supportForm.forField(intervision).bind(SupportAndDevelopment.INTERVISION);
        supportForm.forField(supervision).bind(SupportAndDevelopment.SUPERVISION);
        supportForm.forField(professionalNetwork).bind(SupportAndDevelopment.PROFESSIONAL_NETWORK);
        supportForm.forField(support).bind(SupportAndDevelopment.SUPPORT);
        supportForm.forField(pathToPaid).bind(SupportAndDevelopment.PATH_TO_PAID);
        supportForm.forField(development).bind(SupportAndDevelopment.DEVELOPMENT);
        freeForm.forField(free).bind(FreeSpace.TEXT);
        for (Binder<?> form : List.of(titleForm, tasksForm, competencesForm, positioningForm, termsForm, supportForm,
                freeForm)) {
            // the service alone judges the content (one rule, one message at the field); the fields' own checks
            // of min, max and number format would refuse silently before it is asked
            form.setDefaultValidatorsEnabled(false);
            form.addValueChangeListener(e -> refreshWarnings());
        }
    }

    private void configureFields() {
        title.setLabel(getTranslation("roledesc.field.title"));
        title.setHelperText(getTranslation("roledesc.field.title.help"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(RoleDescription.TITLE_MAX);
        theme.setLabel(getTranslation("roledesc.field.theme"));
        theme.setHelperText(getTranslation("roledesc.field.theme.help"));
        theme.setMaxLength(RoleDescription.TITLE_MAX);
        roles.setLabel(getTranslation("roledesc.field.roles"));
        roles.setItems(ExpertRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("traject.role." + r.name().toLowerCase(Locale.ROOT)));
        traject.setLabel(getTranslation("roledesc.field.traject"));
        traject.setItems(trajectNames.keySet());
        traject.setEmptySelectionAllowed(true);
        traject.setEmptySelectionCaption(getTranslation("roledesc.field.traject.none"));
        traject.setItemLabelGenerator(id -> id == null ? getTranslation("roledesc.field.traject.none")
                : trajectNames.getOrDefault(id, "#" + id));
        context.setLabel(getTranslation("roledesc.field.context"));
        context.setHelperText(getTranslation("roledesc.field.context.help"));
        domains.setLabel(getTranslation("roledesc.field.domains"));
        domains.setItems(Domain.values());
        domains.setItemLabelGenerator(d -> getTranslation("traject.domain." + d.name().toLowerCase(Locale.ROOT)));
        coreTasks.setLabel(getTranslation("roledesc.field.coretasks"));
        coreTasks.setItems(CoreTask.values());
        coreTasks.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        tasks.setLabel(getTranslation("roledesc.field.tasks"));
        tasks.setHelperText(getTranslation("roledesc.field.tasks.help", RoleDescription.TASKS_MAX));
        positioning.setLabel(getTranslation("roledesc.field.positioning"));
        positioning.setItems(Positioning.values());
        positioning.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        expertsInTeam.setLabel(getTranslation("roledesc.field.experts"));
        expertsInTeam.setHelperText(getTranslation("roledesc.field.experts.help"));
        expertsInTeam.setMin(1);
        expertsInTeam.setMax(RoleDescriptionService.EXPERTS_MAX);
        tandem.setLabel(getTranslation("roledesc.field.tandem"));
        expertLeadsIntroduction.setLabel(getTranslation("roledesc.field.leads"));
        positioningNotes.setLabel(getTranslation("roledesc.field.positioningnotes"));
        lineManager.setLabel(getTranslation("roledesc.field.linemanager"));
        lineManager.setHelperText(getTranslation("roledesc.field.linemanager.help"));
        lineManager.setMaxLength(RoleDescription.TITLE_MAX);
        employmentType.setLabel(getTranslation("roledesc.field.employment"));
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        hoursPerWeek.setLabel(getTranslation("roledesc.field.hours"));
        hoursPerWeek.setMin(1);
        hoursPerWeek.setMax(RoleDescriptionService.HOURS_MAX);
        payGuidance.setLabel(getTranslation("roledesc.field.pay"));
        payGuidance.setHelperText(getTranslation("roledesc.field.pay.help"));
        collectiveAgreement.setLabel(getTranslation("roledesc.field.cao"));
        collectiveAgreement.setMaxLength(RoleDescription.TITLE_MAX);
        conditions.setLabel(getTranslation("roledesc.field.conditions"));
        conditions.setHelperText(getTranslation("roledesc.field.conditions.help"));
        mentor.setLabel(getTranslation("roledesc.field.mentor"));
        intervision.setLabel(getTranslation("roledesc.field.intervision"));
        supervision.setLabel(getTranslation("roledesc.field.supervision"));
        professionalNetwork.setLabel(getTranslation("roledesc.field.network"));
        support.setLabel(getTranslation("roledesc.field.support"));
        pathToPaid.setLabel(getTranslation("roledesc.field.path"));
        development.setLabel(getTranslation("roledesc.field.development"));
        free.setLabel(getTranslation("roledesc.field.free"));
        free.setHelperText(getTranslation("roledesc.field.free.help"));
        for (TextArea area : List.of(context, positioningNotes, payGuidance, conditions, support, development,
                free)) {
            area.setMaxLength(RoleDescription.TEXT_MAX);
            area.setWidthFull();
        }
        tasks.setWidthFull();
    }

    private void buildSteps() {
        stepContent.put(Step.TITLE, form(title, theme, roles, traject));
        stepContent.put(Step.TASKS, form(withBlocks(context, DescriptionSection.CONTEXT,
                DescriptionSection.CORE_TASKS), domains, coreTasks, withBlocks(tasks, DescriptionSection.TASKS)));
        // the seeds and the BCP-E name competences but no levels: the levels are the organisation's own scale
        Paragraph levels = new Paragraph(getTranslation("roledesc.levels.help"));
        levels.addClassName("competence-levels-help");
        Div competenceStep = new Div(new Paragraph(getTranslation("roledesc.field.competences.help")), levels,
                competences);
        stepContent.put(Step.COMPETENCES, competenceStep);
        stepContent.put(Step.POSITIONING, form(positioning, expertsInTeam, tandem, expertLeadsIntroduction,
                withBlocks(positioningNotes, DescriptionSection.POSITIONING),
                withBlocks(lineManager, DescriptionSection.LINE_MANAGER)));
        stepContent.put(Step.TERMS, form(employmentType, hoursPerWeek,
                withBlocks(payGuidance, DescriptionSection.PAY), collectiveAgreement,
                withBlocks(conditions, DescriptionSection.CONDITIONS)));
        stepContent.put(Step.SUPPORT, form(mentor, intervision, supervision, professionalNetwork,
                withBlocks(support, DescriptionSection.SUPPORT), pathToPaid,
                withBlocks(development, DescriptionSection.DEVELOPMENT)));
        stepContent.put(Step.FREE, form(free));
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
        for (HasValidation field : fieldsByError().values()) {
            field.setInvalid(false);
        }
    }

    private HasValidation fieldFor(String messageKey) {
        HasValidation field = fieldsByError().get(messageKey);
        if (field != null) {
            // show the step that holds the field, so the message is seen
            for (Step step : Step.values()) {
                if (stepContent.get(step).getElement().getChildren().anyMatch(c -> contains(c,
                        ((Component) field).getElement()))) {
                    if (step != current) {
                        show(step);
                    }
                    break;
                }
            }
        }
        return field;
    }

    private static boolean contains(com.vaadin.flow.dom.Element parent, com.vaadin.flow.dom.Element wanted) {
        return parent.equals(wanted) || parent.getChildren().anyMatch(c -> contains(c, wanted));
    }

    private Map<String, HasValidation> fieldsByError() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("roledesc.error.title", title);
        fields.put("roledesc.error.theme", theme);
        fields.put("roledesc.error.tasks", tasks);
        fields.put("roledesc.error.task", tasks);
        fields.put("roledesc.error.linemanager", lineManager);
        fields.put("roledesc.error.cao", collectiveAgreement);
        fields.put("roledesc.error.hours", hoursPerWeek);
        fields.put("roledesc.error.experts", expertsInTeam);
        fields.put("roledesc.error.traject", traject);
        return fields;
    }
}
