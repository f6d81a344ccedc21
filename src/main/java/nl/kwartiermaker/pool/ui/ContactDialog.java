package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.pool.PartnerService;
import nl.kwartiermaker.pool.PoolPartner;
import nl.kwartiermaker.user.UserService;

/** Links an account with the partner-contact role that speaks for no municipality yet to this one. */
class ContactDialog extends Dialog {

    private final transient PartnerService partners;
    private final transient PoolPartner partner;
    private final transient Runnable onSaved;
    final ComboBox<UserService.Person> person = new ComboBox<>();
    final Button save = new Button();

    ContactDialog(PartnerService partners, PoolPartner partner, Runnable onSaved) {
        this.partners = partners;
        this.partner = partner;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("pool.partners.contact.link"));
        setWidth("min(32rem, 100vw)");
        var candidates = partners.contactCandidates();
        person.setLabel(getTranslation("pool.partners.contact.field.person"));
        person.setItems(candidates);
        person.setItemLabelGenerator(UserService.Person::displayName);
        person.setWidthFull();
        add(new Paragraph(getTranslation(candidates.isEmpty() ? "pool.partners.contact.none"
                : "pool.partners.contact.help", partner.getName())), person);
        DialogButtons.saveAndCancel(this, save, this::save);
    }

    void save() {
        if (person.getValue() == null) {
            throw new InvalidInput("pool.partners.contact.error.choose");
        }
        partners.link(partner.getId(), person.getValue().id());
        Notices.success(getTranslation("pool.partners.contact.linked", person.getValue().displayName(),
                partner.getName()));
        close();
        onSaved.run();
    }
}
