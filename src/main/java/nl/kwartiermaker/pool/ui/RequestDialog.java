package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.pool.DeploymentRequest;
import nl.kwartiermaker.pool.DeploymentRequestService;
import nl.kwartiermaker.pool.PoolPartner;
import nl.kwartiermaker.pool.PoolRole;
import nl.kwartiermaker.pool.RequestForm;

/**
 * Files a deployment request: the municipality (the coordinator's choice; a contact files for their own), theme,
 * role, place, expected hours, period and what is needed — with the reminder that no resident is named. A refused
 * request leaves the form as it was typed; a filed one opens its page.
 */
class RequestDialog extends Dialog {

    private final transient DeploymentRequestService requests;
    final Select<PoolPartner> partner = new Select<>();
    final Select<ExperienceTheme> theme = new Select<>();
    final Select<PoolRole> role = new Select<>();
    final TextField place = new TextField();
    final IntegerField expectedHours = new IntegerField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextArea description = new TextArea();
    final Button save = new Button();

    RequestDialog(DeploymentRequestService requests, List<PoolPartner> partners, boolean coordinator) {
        this.requests = requests;
        setHeaderTitle(getTranslation("pool.requests.new"));
        setWidth("min(44rem, 100vw)");
        partner.setLabel(getTranslation("pool.requests.field.partner"));
        partner.setItems(partners);
        partner.setItemLabelGenerator(PoolPartner::getName);
        // no required mark on a Select: Vaadin puts aria-required on its value button, which axe refuses
        // (aria-allowed-attr); the service names a missing choice
        if (!coordinator && !partners.isEmpty()) {
            partner.setValue(partners.getFirst());
            partner.setReadOnly(true);
        }
        theme.setLabel(getTranslation("pool.requests.field.theme"));
        theme.setItems(ExperienceTheme.values());
        theme.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        role.setLabel(getTranslation("pool.requests.field.role"));
        role.setItems(PoolRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        place.setLabel(getTranslation("pool.requests.field.place"));
        place.setHelperText(getTranslation("pool.requests.field.place.help"));
        place.setMaxLength(DeploymentRequest.PLACE_MAX);
        place.setRequiredIndicatorVisible(true);
        expectedHours.setLabel(getTranslation("pool.requests.field.hours"));
        expectedHours.setHelperText(getTranslation("pool.requests.field.hours.help"));
        expectedHours.setMin(1);
        expectedHours.setMax(DeploymentRequestService.EXPECTED_HOURS_MAX);
        expectedHours.setRequiredIndicatorVisible(true);
        DateWindow window = requests.periodWindow();
        String outside = getTranslation("pool.requests.error.period", window.firstYear(), window.lastYear());
        for (DatePicker picker : List.of(startsOn, endsOn)) {
            picker.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
            picker.setMin(window.earliest());
            picker.setMax(window.latest());
            picker.setRequiredIndicatorVisible(true);
        }
        startsOn.setLabel(getTranslation("pool.requests.field.from"));
        endsOn.setLabel(getTranslation("pool.requests.field.until"));
        startsOn.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                endsOn.setMin(e.getValue());
            }
        });
        description.setLabel(getTranslation("pool.requests.field.description"));
        description.setHelperText(getTranslation("pool.requests.field.description.help"));
        description.setMaxLength(DeploymentRequest.DESCRIPTION_MAX);

        FormLayout form = new FormLayout(partner, theme, role, place, expectedHours, startsOn, endsOn, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(description, 2);
        form.setColspan(role, 2);
        add(form);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        DeploymentRequest filed = requests.file(new RequestForm(partner.getValue() == null ? null
                : partner.getValue().getId(), theme.getValue(), role.getValue(), place.getValue(),
                expectedHours.getValue(), startsOn.getValue(), endsOn.getValue(), description.getValue()));
        Notices.success(getTranslation("pool.requests.filed"));
        close();
        UI.getCurrent().navigate("pool/verzoeken/" + filed.getId());
    }
}
