package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.PartnerService;
import nl.kwartiermaker.pool.PoolPartner;

/** A new partner municipality ({@code existing} null), or a new name for one. */
class PartnerNameDialog extends Dialog {

    private final transient PartnerService partners;
    private final transient PoolPartner existing;
    private final transient Consumer<PoolPartner> onSaved;
    final TextField name = new TextField();
    final Button save = new Button();

    PartnerNameDialog(PartnerService partners, PoolPartner existing, Consumer<PoolPartner> onSaved) {
        this.partners = partners;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pool.partners.add" : "pool.partners.rename"));
        setWidth("min(30rem, 100vw)");
        name.setLabel(getTranslation("pool.partners.field.name"));
        name.setHelperText(getTranslation("pool.partners.field.name.help"));
        name.setMaxLength(PoolPartner.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        if (existing != null) {
            name.setValue(existing.getName());
        }
        add(name);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        PoolPartner saved = existing == null ? partners.add(name.getValue())
                : partners.rename(existing.getId(), existing.getVersion(), name.getValue());
        Notices.success(getTranslation("pool.partners.saved", saved.getName()));
        close();
        onSaved.accept(saved);
    }
}
