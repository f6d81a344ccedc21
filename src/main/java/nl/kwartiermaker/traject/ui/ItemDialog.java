package nl.kwartiermaker.traject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DutchContent;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.traject.ChecklistItem;
import nl.kwartiermaker.traject.ChecklistService;
import nl.kwartiermaker.traject.ItemChange;
import nl.kwartiermaker.traject.ItemStatus;
import nl.kwartiermaker.user.UserService;

/**
 * One checklist step: what it asks and why (with the knowledge-base page and source), and, for whoever may edit it,
 * its status, owner, due date, notes and evidence.
 */
class ItemDialog extends Dialog {

    private final transient ChecklistService checklist;
    private final ChecklistItem item;
    private final transient Runnable onSaved;
    final Select<ItemStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final ComboBox<UserService.Person> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final TextArea notes = new TextArea();
    final TextArea evidence = new TextArea();
    final Button save = new Button();

    ItemDialog(ChecklistService checklist, UserService users, ChecklistItem item, boolean mayEdit, boolean mayAssign,
               DateWindow dates, Runnable onSaved) {
        this.checklist = checklist;
        this.item = item;
        this.onSaved = onSaved;
        setHeaderTitle(item.getTitle());
        setWidth("min(44rem, 100vw)");
        if (!item.getExplanation().isBlank()) {
            Paragraph explanation = new Paragraph(item.getExplanation());
            if (item.getTemplateKey() != null) {
                DutchContent.dutch(explanation);
            }
            add(explanation);
        }
        if (item.getKnowledgeSlug() != null && !item.getKnowledgeSlug().isBlank()) {
            add(new Paragraph(new Anchor("kennisbank/" + item.getKnowledgeSlug(),
                    getTranslation("traject.item.knowledge"))));
        }
        if (item.getSource() != null && !item.getSource().isBlank()) {
            Paragraph source = new Paragraph(new SourceCitation("source", item.getSource()));
            source.addClassName("muted");
            add(source);
        }

        status.setLabel(getTranslation("traject.item.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(item.getStatus());
        reason.setLabel(getTranslation("traject.item.reason"));
        reason.setHelperText(getTranslation("traject.item.reason.help"));
        reason.setMaxLength(ChecklistItem.REASON_MAX);
        reason.setValue(item.getNotApplicableReason());
        reason.setVisible(item.getStatus() == ItemStatus.NVT);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ItemStatus.NVT));
        owner.setLabel(getTranslation("traject.item.ownerfield"));
        List<UserService.Person> people = users.activePeople();
        owner.setItems(people);
        owner.setItemLabelGenerator(UserService.Person::displayName);
        owner.setClearButtonVisible(true);
        people.stream().filter(p -> item.getOwnerId() != null && p.id() == item.getOwnerId()).findFirst()
                .ifPresent(owner::setValue);
        owner.setReadOnly(!mayAssign);
        due.setLabel(getTranslation("traject.item.duefield"));
        // the service's window, so the browser's calendar offers only dates it accepts; a date saved earlier
        // outside it (the traject's start moved) stays selectable
        String outside = getTranslation("traject.error.item.due", dates.firstYear(), dates.lastYear());
        due.setMin(earlier(dates.earliest(), item.getDueDate()));
        due.setMax(later(dates.latest(), item.getDueDate()));
        due.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        due.setValue(item.getDueDate());
        notes.setLabel(getTranslation("traject.item.notes"));
        notes.setMaxLength(ChecklistItem.NOTES_MAX);
        notes.setValue(item.getNotes());
        evidence.setLabel(getTranslation("traject.item.evidence"));
        evidence.setHelperText(getTranslation("traject.item.evidence.help"));
        evidence.setMaxLength(ChecklistItem.EVIDENCE_MAX);
        evidence.setValue(String.join("\n", item.getEvidenceLinks()));

        FormLayout form = new FormLayout(status, owner, due, reason, notes, evidence);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(reason, 2);
        form.setColspan(notes, 2);
        form.setColspan(evidence, 2);
        add(form);
        if (!mayEdit) {
            status.setReadOnly(true);
            due.setReadOnly(true);
            reason.setReadOnly(true);
            notes.setReadOnly(true);
            evidence.setReadOnly(true);
            Paragraph readOnly = new Paragraph(getTranslation("traject.item.readonly"));
            readOnly.addClassName("muted");
            add(readOnly);
        }
        Button close = new Button(getTranslation(mayEdit ? "action.cancel" : "action.close"), e -> close());
        getFooter().add(close);
        if (mayEdit) {
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(save);
        }
    }

    void save() {
        ItemChange change = new ItemChange(status.getValue(), reason.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), due.getValue(), notes.getValue(),
                Arrays.asList(evidence.getValue().split("\n")));
        try {
            checklist.updateItem(item.getId(), item.getVersion(), change);
        } catch (InvalidInput refused) {
            // caught only to mark the due date when the message is about it; the one error handler (UiSetup) tells
            // the message, and the dialog stays open with what was typed (as it does on a conflicting edit)
            if ("traject.error.item.due".equals(refused.messageKey())) {
                due.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                due.setInvalid(true);
            }
            throw refused;
        }
        Notices.success(getTranslation("traject.item.saved", item.getTitle()));
        close();
        onSaved.run();
    }

    private static LocalDate earlier(LocalDate bound, LocalDate saved) {
        return saved != null && saved.isBefore(bound) ? saved : bound;
    }

    private static LocalDate later(LocalDate bound, LocalDate saved) {
        return saved != null && saved.isAfter(bound) ? saved : bound;
    }
}
