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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.roledescription.Competence;
import nl.kwartiermaker.roledescription.CompetenceLevel;
import nl.kwartiermaker.roledescription.CoreTask;
import nl.kwartiermaker.roledescription.EmploymentType;
import nl.kwartiermaker.roledescription.Positioning;
import nl.kwartiermaker.roledescription.ReviewComment;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionContent;
import nl.kwartiermaker.roledescription.RoleDescriptionPage;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionWarning;
import nl.kwartiermaker.roledescription.RoleDescriptionWarnings;
import nl.kwartiermaker.roledescription.TextBlock;
import nl.kwartiermaker.traject.Domain;
import nl.kwartiermaker.traject.ExpertRole;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The stepwise form: one step at a time, with a step indicator, Back and Next. Moving to another step saves the
 * whole content first; when the service refuses it, the step stays open with the message at the field, so nothing
 * typed is lost. Warnings for the step's sections update while HR fills it in.
 */
class Builder extends Div {

    /** The steps and the sections each one fills. */
    enum Step {
        TITLE(nl.kwartiermaker.roledescription.Section.TITLE, nl.kwartiermaker.roledescription.Section.ROLES),
        TASKS(nl.kwartiermaker.roledescription.Section.CONTEXT, nl.kwartiermaker.roledescription.Section.CORE_TASKS,
                nl.kwartiermaker.roledescription.Section.TASKS),
        COMPETENCES(nl.kwartiermaker.roledescription.Section.COMPETENCES),
        POSITIONING(nl.kwartiermaker.roledescription.Section.POSITIONING,
                nl.kwartiermaker.roledescription.Section.LINE_MANAGER),
        TERMS(nl.kwartiermaker.roledescription.Section.EMPLOYMENT, nl.kwartiermaker.roledescription.Section.PAY,
                nl.kwartiermaker.roledescription.Section.CONDITIONS),
        SUPPORT(nl.kwartiermaker.roledescription.Section.SUPPORT,
                nl.kwartiermaker.roledescription.Section.DEVELOPMENT),
        FREE(nl.kwartiermaker.roledescription.Section.FREE);

        final Set<nl.kwartiermaker.roledescription.Section> sections;

        Step(nl.kwartiermaker.roledescription.Section... sections) {
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
    final Map<Competence, Select<CompetenceLevel>> competences = new EnumMap<>(Competence.class);
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
        this.trajectNames = descriptions.trajectNames();
        addClassName("builder");
        configureFields();
        fill(description.content());
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
        add(indicator, stepBody, buttons);
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

    /** Saves the whole content; false (with the message at the field) when the service refuses it. */
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
        Map<Competence, CompetenceLevel> levels = new EnumMap<>(Competence.class);
        competences.forEach((competence, select) -> {
            if (select.getValue() != null) {
                levels.put(competence, select.getValue());
            }
        });
        return new RoleDescriptionContent(title.getValue(), theme.getValue(), roles.getValue(), traject.getValue(),
                context.getValue(), coreTasks.getValue(), levels, Arrays.asList(tasks.getValue().split("\n")),
                positioning.getValue(), expertsInTeam.getValue(), tandem.getValue(),
                expertLeadsIntroduction.getValue(), positioningNotes.getValue(), lineManager.getValue(),
                hoursPerWeek.getValue(), employmentType.getValue(), payGuidance.getValue(),
                collectiveAgreement.getValue(), conditions.getValue(), mentor.getValue(), intervision.getValue(),
                supervision.getValue(), professionalNetwork.getValue(), support.getValue(), pathToPaid.getValue(),
                development.getValue(), free.getValue(), domains.getValue());
    }

    private void fill(RoleDescriptionContent c) {
        title.setValue(c.title());
        theme.setValue(c.theme());
        roles.setValue(c.roles());
        traject.setValue(c.trajectId() != null && trajectNames.containsKey(c.trajectId()) ? c.trajectId() : null);
        context.setValue(c.context());
        domains.setValue(c.domains());
        coreTasks.setValue(c.coreTasks());
        tasks.setValue(String.join("\n", c.tasks()));
        competences.forEach((competence, select) -> select.setValue(c.competences().get(competence)));
        positioning.setValue(c.positioning());
        expertsInTeam.setValue(c.expertsInTeam());
        tandem.setValue(c.tandem());
        expertLeadsIntroduction.setValue(c.expertLeadsIntroduction());
        positioningNotes.setValue(c.positioningNotes());
        lineManager.setValue(c.lineManager());
        employmentType.setValue(c.employmentType());
        hoursPerWeek.setValue(c.hoursPerWeek());
        payGuidance.setValue(c.payGuidance());
        collectiveAgreement.setValue(c.collectiveAgreement());
        conditions.setValue(c.conditions());
        mentor.setValue(c.mentor());
        intervision.setValue(c.intervision());
        supervision.setValue(c.supervision());
        professionalNetwork.setValue(c.professionalNetwork());
        support.setValue(c.support());
        pathToPaid.setValue(c.pathToPaid());
        development.setValue(c.development());
        free.setValue(c.free());
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
        for (Competence competence : Competence.values()) {
            Select<CompetenceLevel> level = new Select<>();
            level.setLabel(getTranslation(competence.labelKey()));
            level.setItems(CompetenceLevel.values());
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(getTranslation("roledesc.level.none"));
            level.setItemLabelGenerator(l -> l == null ? getTranslation("roledesc.level.none")
                    : getTranslation(l.labelKey()));
            competences.put(competence, level);
        }
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
        List<HasValue<?, ?>> all = new ArrayList<>(List.of(title, theme, roles, traject, context, domains, coreTasks,
                tasks,
                positioning, expertsInTeam, tandem, expertLeadsIntroduction, positioningNotes, lineManager,
                employmentType, hoursPerWeek, payGuidance, collectiveAgreement, conditions, mentor, intervision,
                supervision, professionalNetwork, support, pathToPaid, development, free));
        all.addAll(competences.values());
        all.forEach(field -> field.addValueChangeListener(e -> refreshWarnings()));
    }

    private void buildSteps() {
        stepContent.put(Step.TITLE, form(title, theme, roles, traject));
        stepContent.put(Step.TASKS, form(withBlocks(context, nl.kwartiermaker.roledescription.Section.CONTEXT,
                nl.kwartiermaker.roledescription.Section.CORE_TASKS), domains, coreTasks,
                withBlocks(tasks, nl.kwartiermaker.roledescription.Section.TASKS)));
        Div levels = form(competences.values().toArray(Component[]::new));
        levels.addClassName("competence-levels");
        Div competenceStep = new Div(new Paragraph(getTranslation("roledesc.field.competences.help")), levels);
        stepContent.put(Step.COMPETENCES, competenceStep);
        stepContent.put(Step.POSITIONING, form(positioning, expertsInTeam, tandem, expertLeadsIntroduction,
                withBlocks(positioningNotes, nl.kwartiermaker.roledescription.Section.POSITIONING), withBlocks(
                        lineManager, nl.kwartiermaker.roledescription.Section.LINE_MANAGER)));
        stepContent.put(Step.TERMS, form(employmentType, hoursPerWeek, withBlocks(payGuidance,
                nl.kwartiermaker.roledescription.Section.PAY), collectiveAgreement, withBlocks(conditions,
                nl.kwartiermaker.roledescription.Section.CONDITIONS)));
        stepContent.put(Step.SUPPORT, form(mentor, intervision, supervision, professionalNetwork, withBlocks(support,
                nl.kwartiermaker.roledescription.Section.SUPPORT), pathToPaid, withBlocks(development,
                nl.kwartiermaker.roledescription.Section.DEVELOPMENT)));
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
    private Component withBlocks(HasValue<?, String> field, nl.kwartiermaker.roledescription.Section... sections) {
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
        UnorderedList list = new UnorderedList();
        for (RoleDescriptionWarning warning : shown) {
            ListItem item = new ListItem(new Span(getTranslation(warning.messageKey(),
                    RoleDescriptionWarnings.SMALL_CONTRACT_HOURS)));
            Span source = new Span(getTranslation("roledesc.source", warning.source()));
            source.addClassName("muted");
            item.add(source);
            item.getElement().setAttribute("data-rule", warning.rule().name());
            list.add(item);
        }
        warnings.add(list);
    }

    private Component comments(Step step) {
        List<ReviewComment> remarks = page.comments().stream().filter(c -> step.sections.contains(c.getSection()))
                .toList();
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
