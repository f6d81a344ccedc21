package nl.kwartiermaker.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PersonRef;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.privacy.PersonalDataRequestService;

/**
 * Data-subject requests (decision 0015): the Beheerder finds a person by name or address, hands them everything the
 * portal holds about them (a JSON file and a readable PDF), or erases them after a confirmation that names them.
 */
@Route("beheer/privacy")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(order = 92, title = "privacy.menu", icon = "vaadin:user-card")
class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final transient PersonalDataRequestService requests;
    private final transient SignedInUser signedIn;
    final TextField search = new TextField();
    final Button find = new Button();
    final Div people = new Div();

    PrivacyView(PersonalDataRequestService requests, SignedInUser signedIn) {
        this.requests = requests;
        this.signedIn = signedIn;
        addClassName("page");
        add(new ViewHeader(getTranslation("privacy.title"), getTranslation("privacy.purpose")));
        search.setLabel(getTranslation("privacy.search"));
        search.setHelperText(getTranslation("privacy.search.help"));
        search.setMaxLength(254);
        search.addClassName("search-field");
        find.setText(getTranslation("privacy.find"));
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.addClickListener(e -> find());
        find.addClickShortcut(Key.ENTER).listenOn(search);
        Div form = new Div(search, find);
        form.addClassName("filter-bar");
        people.addClassName("privacy-people");
        add(form, people);
        people.add(new Paragraph(getTranslation("privacy.start")));
    }

    void find() {
        List<PersonRef> found;
        try {
            found = requests.find(search.getValue());
            search.setInvalid(false);
        } catch (InvalidInput e) {
            // at the field, where the Beheerder is typing
            search.setErrorMessage(getTranslation(e.messageKey(), e.params()));
            search.setInvalid(true);
            return;
        }
        people.removeAll();
        if (found.isEmpty()) {
            people.add(new Paragraph(getTranslation("privacy.none", search.getValue().strip())));
        }
        found.forEach(person -> people.add(card(person)));
    }

    private Section card(PersonRef person) {
        Section card = new Section(new H2(person.label()));
        card.addClassName("card");
        card.add(new Paragraph(getTranslation(person.userId() == null ? "privacy.person.no_account"
                : "privacy.person.account", String.join(", ", person.emails()), String.join(", ", person.names()))));
        DownloadLink json = new DownloadLink(getTranslation("privacy.export.json"), () -> new DownloadLink.Document(
                "persoonsgegevens.json", "application/json", requests.exportJson(person, getLocale())));
        DownloadLink pdf = new DownloadLink(getTranslation("privacy.export.pdf"), () -> new DownloadLink.Document(
                "persoonsgegevens.pdf", "application/pdf", requests.exportPdf(person, getLocale())));
        Div actions = new Div(json, pdf);
        actions.addClassName("privacy-actions");
        if (isMe(person)) {
            actions.add(new Paragraph(getTranslation("privacy.erase.self")));
        } else {
            Button erase = new Button(getTranslation("privacy.erase"), e -> Confirmation.ask(
                    getTranslation("privacy.erase.title", person.label()),
                    getTranslation("privacy.erase.confirm", person.label()), getTranslation("privacy.erase"),
                    () -> erase(person)));
            erase.addThemeVariants(ButtonVariant.ERROR);
            actions.add(erase);
        }
        card.add(actions);
        return card;
    }

    private void erase(PersonRef person) {
        PersonalDataRequestService.Erasure erasure = requests.erase(person);
        Notices.success(getTranslation("privacy.erased", person.label(), erasure.pseudonym()));
        find();
    }

    private boolean isMe(PersonRef person) {
        return signedIn.current().map(me -> me.id() == (person.userId() == null ? -1 : person.userId())
                || person.emails().contains(me.email())).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "privacy.title");
    }
}
