package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.readiness.OrganisationTemplate;
import nl.kwartiermaker.readiness.QuestionnaireLibraryService;
import nl.kwartiermaker.readiness.ScanTemplate;
import nl.kwartiermaker.readiness.TemplateOverview;

/**
 * The organisation's questionnaire library. A Beheerder or project lead copies the shipped questionnaire (or one of
 * the organisation's own) into a named template and adapts it; a new round can then start from it. A template that a
 * round used is archived rather than deleted.
 */
@Route("scans/vragenlijsten")
@RolesAllowed({Role.Names.BEHEERDER, Role.Names.PROJECTLEIDER})
class ScanTemplatesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient QuestionnaireLibraryService scans;
    final Button copyShipped = new Button();
    private String shippedName = "";

    ScanTemplatesView(QuestionnaireLibraryService scans) {
        this.scans = scans;
        addClassNames("page", "scan-templates-page");
        // once: show() runs again after every change, and a listener added there would open one dialog per run
        copyShipped.addClickListener(e -> openCopy(null, shippedName));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        ScanTemplate shipped = scans.shippedQuestionnaire();
        shippedName = shipped.name();
        add(new ViewHeader(getTranslation("scan.templates.title"), getTranslation("scan.templates.purpose")));

        Section standard = new Section(new H2(shipped.name()));
        standard.addClassNames("card", "scan-template");
        standard.add(new Paragraph(getTranslation("scan.templates.shipped", shipped.version(),
                shipped.statementCount(), shipped.openQuestions().size())));
        copyShipped.setText(getTranslation("scan.templates.copy"));
        copyShipped.setIcon(VaadinIcon.COPY.create());
        copyShipped.addThemeVariants(ButtonVariant.PRIMARY);
        Div standardActions = new Div(copyShipped);
        standardActions.addClassName("scan-round-actions");
        standard.add(standardActions);
        add(standard);

        add(new H2(getTranslation("scan.templates.own")));
        List<TemplateOverview> own = scans.templateLibrary();
        if (own.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("scan.templates.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        own.forEach(t -> add(card(t)));
    }

    private Section card(TemplateOverview template) {
        Section card = new Section(new com.vaadin.flow.component.html.H3(template.name()));
        card.addClassNames("card", "scan-template");
        Paragraph facts = new Paragraph();
        if (template.archived()) {
            facts.add(Marks.badge(getTranslation("scan.templates.archived"), "state-closed"), new Span(" "));
        }
        facts.add(new Span(getTranslation("scan.templates.facts", template.revision(), template.statements(),
                template.openQuestions(), template.roundsUsing())));
        card.add(facts);
        Div actions = new Div();
        actions.addClassName("scan-round-actions");
        if (!template.archived()) {
            Anchor edit = new Anchor("scans/vragenlijsten/" + template.id(), getTranslation("scan.templates.edit"));
            edit.addClassName("button-link");
            actions.add(edit);
        }
        actions.add(new Button(getTranslation("scan.templates.copy"), e -> openCopy(template.id(), template.name())));
        if (template.roundsUsing() > 0 && !template.archived()) {
            Button archive = new Button(getTranslation("scan.templates.archive"), e -> Confirmation.ask(
                    getTranslation("scan.templates.archive"), getTranslation("scan.templates.archive.confirm",
                            template.name()), getTranslation("scan.templates.archive"), () -> archive(template)));
            archive.addThemeVariants(ButtonVariant.ERROR);
            actions.add(archive);
        } else if (template.roundsUsing() == 0) {
            Button delete = new Button(getTranslation("scan.templates.delete"), e -> Confirmation.ask(
                    getTranslation("scan.templates.delete"), getTranslation("scan.templates.delete.confirm",
                            template.name()), getTranslation("scan.templates.delete"), () -> delete(template)));
            delete.addThemeVariants(ButtonVariant.ERROR);
            actions.add(delete);
        }
        card.add(actions);
        return card;
    }

    void openCopy(Long sourceId, String sourceName) {
        Dialog dialog = new Dialog(getTranslation("scan.templates.copy"));
        TextField name = new TextField(getTranslation("scan.templates.name"));
        name.setMaxLength(OrganisationTemplate.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setValue(getTranslation("scan.templates.copy.name", sourceName));
        dialog.add(new Paragraph(getTranslation("scan.templates.copy.explain")), name);
        Button save = new Button(getTranslation("scan.templates.copy.save"), e -> {
            OrganisationTemplate copy = scans.copyTemplate(sourceId, name.getValue());
            Notices.success(getTranslation("scan.templates.copied", copy.getName()));
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate("scans/vragenlijsten/" + copy.getId()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void archive(TemplateOverview template) {
        try {
            scans.archiveTemplate(template.id(), template.version());
            Notices.success(getTranslation("scan.templates.archived.done", template.name()));
        } finally {
            // after a refusal too: the list then shows the library as it is now
            show();
        }
    }

    private void delete(TemplateOverview template) {
        try {
            scans.deleteTemplate(template.id(), template.version());
            Notices.success(getTranslation("scan.templates.deleted", template.name()));
        } finally {
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "scan.templates.title");
    }
}
