package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.BudgetForm;
import nl.kwartiermaker.pool.BudgetUnit;
import nl.kwartiermaker.pool.DistributionKeyService;
import nl.kwartiermaker.pool.PoolBudget;

/**
 * The pool's budget for a year, in hours or in fte: choosing a year that has a budget fills in that budget to change
 * it. The hours it comes to show while typing, by the same rule the planning uses.
 */
class BudgetDialog extends Dialog {

    private static final BigDecimal DEFAULT_HOURS_PER_FTE = new BigDecimal("36");

    private final transient DistributionKeyService keys;
    private final transient List<PoolBudget> known;
    private final transient Runnable onSaved;
    final IntegerField year = new IntegerField();
    final BigDecimalField amount = new BigDecimalField();
    final RadioButtonGroup<BudgetUnit> unit = new RadioButtonGroup<>();
    final BigDecimalField hoursPerFte = new BigDecimalField();
    final Paragraph hours = new Paragraph();
    final Button save = new Button();
    private transient Optional<PoolBudget> editing = Optional.empty();

    BudgetDialog(DistributionKeyService keys, int thisYear, Runnable onSaved) {
        this.keys = keys;
        this.known = keys.budgets();
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("pool.partners.budget.set"));
        setWidth("min(36rem, 100vw)");
        year.setLabel(getTranslation("pool.partners.budget.field.year"));
        year.setStepButtonsVisible(true);
        amount.setLabel(getTranslation("pool.partners.budget.field.amount"));
        unit.setLabel(getTranslation("pool.partners.budget.field.unit"));
        unit.setItems(BudgetUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        hoursPerFte.setLabel(getTranslation("pool.partners.budget.field.hoursperfte"));
        hoursPerFte.setHelperText(getTranslation("pool.partners.budget.field.hoursperfte.help"));
        hours.getElement().setAttribute("aria-live", "polite");
        year.addValueChangeListener(e -> fillYear());
        amount.addValueChangeListener(e -> showHours());
        unit.addValueChangeListener(e -> showHours());
        hoursPerFte.addValueChangeListener(e -> showHours());
        year.setValue(thisYear);
        FormLayout form = new FormLayout(year, amount, unit, hoursPerFte);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, hours);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    private void fillYear() {
        editing = known.stream().filter(b -> year.getValue() != null && b.getYear() == year.getValue()).findFirst();
        amount.setValue(editing.map(PoolBudget::getAmount).orElse(null));
        unit.setValue(editing.map(PoolBudget::getUnit).orElse(BudgetUnit.FTE));
        hoursPerFte.setValue(editing.map(PoolBudget::getHoursPerFte).orElse(DEFAULT_HOURS_PER_FTE));
        showHours();
    }

    private void showHours() {
        hoursPerFte.setVisible(unit.getValue() == BudgetUnit.FTE);
        if (amount.getValue() == null || unit.getValue() == null || hoursPerFte.getValue() == null) {
            hours.setText("");
            return;
        }
        BigDecimal total = new PoolBudget(0, amount.getValue(), unit.getValue(), hoursPerFte.getValue()).hours();
        hours.setText(getTranslation("pool.partners.budget.hours", total));
    }

    void save() {
        BudgetForm form = new BudgetForm(year.getValue() == null ? 0 : year.getValue(), amount.getValue(),
                unit.getValue(), hoursPerFte.getValue());
        PoolBudget saved = keys.saveBudget(form, editing.map(PoolBudget::getVersion).orElse(null));
        Notices.success(getTranslation("pool.partners.budget.saved", String.valueOf(saved.getYear())));
        close();
        onSaved.run();
    }
}
