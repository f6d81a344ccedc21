package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.DistributionKey;
import nl.kwartiermaker.pool.DistributionKeyService;
import nl.kwartiermaker.pool.DistributionKeyService.PartnersOverview;
import nl.kwartiermaker.pool.KeyForm;
import nl.kwartiermaker.pool.PoolPartner;

/**
 * A new distribution key: from which day, why, and a percentage per active partner, filled in with the key in force.
 * The total shows while typing, with what is still to divide or too much; the service refuses any other total than
 * 100,00 %, and the key in force stays until the new one's day.
 */
class KeyDialog extends Dialog {

    private final transient DistributionKeyService keys;
    private final transient Runnable onSaved;
    final DatePicker validFrom;
    final TextField note = new TextField();
    final Map<Long, BigDecimalField> percentages = new LinkedHashMap<>();
    final Paragraph total = new Paragraph();
    final Button save = new Button();

    KeyDialog(DistributionKeyService keys, PartnersOverview overview, Runnable onSaved) {
        this.keys = keys;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("pool.partners.key.new"));
        setWidth("min(44rem, 100vw)");
        validFrom = PoolFormat.datePicker(this, getTranslation("pool.partners.key.field.from"), overview.dates(),
                null);
        validFrom.setValue(overview.now().day().plusYears(1).withDayOfYear(1));
        validFrom.setHelperText(getTranslation("pool.partners.key.field.from.help"));
        validFrom.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("pool.partners.key.field.note"));
        note.setHelperText(getTranslation("pool.partners.key.field.note.help"));
        note.setMaxLength(DistributionKey.NOTE_MAX);
        FormLayout form = new FormLayout(validFrom, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(note, 2);
        for (PoolPartner partner : overview.activePartners()) {
            BigDecimalField field = new BigDecimalField(partner.getName());
            field.setSuffixComponent(new Span("%"));
            field.setValue(overview.now().percentageOf(partner.getId()));
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> showTotal());
            percentages.put(partner.getId(), field);
            form.add(field);
        }
        total.getElement().setAttribute("aria-live", "polite");
        total.addClassName("fact-label");
        add(form, total);
        showTotal();
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    private BigDecimal sum() {
        return percentages.values().stream().map(BigDecimalField::getValue).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void showTotal() {
        BigDecimal sum = sum();
        int compared = sum.compareTo(DistributionKey.WHOLE);
        BigDecimal difference = DistributionKey.WHOLE.subtract(sum).abs();
        total.setText(compared == 0 ? getTranslation("pool.partners.key.total.whole", sum)
                : getTranslation(compared < 0 ? "pool.partners.key.total.under" : "pool.partners.key.total.over",
                sum, difference));
    }

    void save() {
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        percentages.forEach((id, field) -> shares.put(id, field.getValue()));
        DistributionKey saved = keys.newKey(new KeyForm(validFrom.getValue(), note.getValue(), shares));
        Notices.success(getTranslation("pool.partners.key.saved", PoolFormat.date(this, saved.getValidFrom())));
        close();
        onSaved.run();
    }
}
