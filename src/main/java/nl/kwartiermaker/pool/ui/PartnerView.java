package nl.kwartiermaker.pool.ui;

import static nl.kwartiermaker.base.ui.Marks.note;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.MainLayout;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.KeyInForce;
import nl.kwartiermaker.pool.NeedsInventory;
import nl.kwartiermaker.pool.NeedsService;
import nl.kwartiermaker.pool.PartnerService;
import nl.kwartiermaker.pool.PartnerService.PartnerPage;
import nl.kwartiermaker.pool.PoolPartner;
import nl.kwartiermaker.pool.SubAssignment;
import nl.kwartiermaker.pool.SubAssignmentService;

/**
 * One municipality's part of the pool: its share of the key and budget, its contacts, the needs its kick-off
 * meetings found (the latest open, earlier ones folded) and its sub-assignments. The coordinator renames the
 * municipality, takes it out of the pool or back in, links contacts, records kick-off meetings and adds
 * sub-assignments; the municipality's contact reads. Another municipality, or one that does not exist, reads as not
 * found.
 * <p>
 * The header's buttons get their listeners once, here; the page's body is built anew for every showing.
 */
@Route(value = "pool/gemeenten/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class PartnerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PartnerService partners;
    private final transient NeedsService needs;
    private final transient SubAssignmentService subAssignments;
    private final AuthenticationContext authentication;
    final Button rename = new Button();
    final Button takeOut = new Button();
    final Button takeBack = new Button();
    final Button linkContact = new Button();
    final Button addInventory = new Button();
    final Button addSubAssignment = new Button();
    private final Div body = new Div();
    private transient PartnerPage shown;
    private String title = "";

    PartnerView(PartnerService partners, NeedsService needs, SubAssignmentService subAssignments,
                AuthenticationContext authentication) {
        this.partners = partners;
        this.needs = needs;
        this.subAssignments = subAssignments;
        this.authentication = authentication;
        addClassName("page");
        rename.setText(getTranslation("pool.partners.rename"));
        rename.setIcon(VaadinIcon.EDIT.create());
        rename.addClickListener(e -> new PartnerNameDialog(partners, shown.partner(), saved -> reload()).open());
        takeOut.setText(getTranslation("pool.partners.deactivate"));
        takeOut.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        takeOut.addClickListener(e -> Confirmation.ask(getTranslation("pool.partners.deactivate.confirm.title",
                        shown.partner().getName()), getTranslation("pool.partners.deactivate.confirm.text"),
                getTranslation("pool.partners.deactivate"), () -> setActive(false)));
        takeBack.setText(getTranslation("pool.partners.reactivate"));
        takeBack.addClickListener(e -> setActive(true));
        linkContact.setText(getTranslation("pool.partners.contact.link"));
        linkContact.setIcon(VaadinIcon.PLUS.create());
        linkContact.addClickListener(e -> new ContactDialog(partners, shown.partner(), this::reload).open());
        addInventory.setText(getTranslation("pool.needs.add"));
        addInventory.setIcon(VaadinIcon.PLUS.create());
        addInventory.addThemeVariants(ButtonVariant.PRIMARY);
        addInventory.addClickListener(e -> new InventoryDialog(needs, shown.partner().getId(), null, shown.dates(),
                this::reload).open());
        addSubAssignment.setText(getTranslation("pool.sub.add"));
        addSubAssignment.setIcon(VaadinIcon.PLUS.create());
        addSubAssignment.addClickListener(e -> new SubAssignmentDialog(subAssignments, null,
                shown.partner().getId(), shown.dates(), saved -> getUI().ifPresent(ui ->
                ui.navigate("pool/deelopdrachten/" + saved.getId()))).open());
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(partners.page(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInput notFound) {
            showGone();
        }
    }

    void reload() {
        show(partners.page(shown.partner().getId()));
    }

    /** The same answer for a municipality that does not exist and one that is not the contact's own. */
    private void showGone() {
        shown = null;
        title = getTranslation("pool.partners.gone.title");
        body.removeAll();
        body.add(new ViewHeader(title, getTranslation("pool.error.notfound")), navigation());
    }

    private void show(PartnerPage page) {
        shown = page;
        PoolPartner partner = page.partner();
        title = partner.getName();
        body.removeAll();
        ViewHeader header = new ViewHeader(partner.getName(), getTranslation(page.mayArrange()
                ? "pool.partners.page.purpose" : "pool.partners.page.purpose.contact"));
        if (page.mayArrange()) {
            header.withActions(rename, partner.isActive() ? takeOut : takeBack);
            Anchor back = new Anchor("pool/gemeenten", getTranslation("pool.partners.back"));
            back.addClassName("breadcrumbs");
            body.add(back);
        }
        body.add(header, navigation());
        if (!partner.isActive()) {
            body.add(note(getTranslation("pool.partners.inactive.note")));
        }
        body.add(share(page), contacts(page), inventories(page), subAssignments(page));
    }

    private Section share(PartnerPage page) {
        KeyInForce now = page.now();
        long id = page.partner().getId();
        Section section = new Section(new H2(getTranslation("pool.partners.share.title")));
        section.add(new Paragraph(now.key().map(k -> getTranslation("pool.partners.share.key",
                        PoolFormat.percentage(this, now.percentageOf(id)), PoolFormat.date(this, k.getValidFrom())))
                .orElse(getTranslation("pool.partners.key.none"))));
        String year = String.valueOf(now.day().getYear());
        section.add(new Paragraph(now.hoursOf(id).map(h -> getTranslation("pool.partners.share.hours", year, h))
                .orElse(getTranslation("pool.partners.share.nobudget", year))));
        section.add(new Paragraph(Marks.muted(getTranslation("pool.partners.share.deviation"))));
        return section;
    }

    private Section contacts(PartnerPage page) {
        Section section = new Section(new H2(getTranslation("pool.partners.contacts.title")));
        if (page.mayArrange()) {
            section.add(new Div(linkContact));
        }
        if (page.contacts().isEmpty()) {
            section.add(new Paragraph(getTranslation(page.mayArrange() ? "pool.partners.contacts.empty.coordinator"
                    : "pool.partners.contacts.none", page.partner().getName())));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("traject-cards");
        for (PartnerService.Contact contact : page.contacts()) {
            ListItem item = new ListItem();
            item.getElement().appendChild(Marks.text(contact.name(), "item-title"));
            if (page.mayArrange()) {
                Button unlink = new Button(getTranslation("pool.partners.contact.unlink"), e -> Confirmation.ask(
                        getTranslation("pool.partners.contact.unlink.confirm.title", contact.name()),
                        getTranslation("pool.partners.contact.unlink.confirm.text", page.partner().getName()),
                        getTranslation("pool.partners.contact.unlink"), () -> unlink(contact)));
                unlink.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                unlink.setAriaLabel(getTranslation("pool.partners.contact.unlink.label", contact.name()));
                item.add(unlink);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section inventories(PartnerPage page) {
        Section section = new Section(new H2(getTranslation("pool.needs.title")));
        if (page.mayArrange()) {
            section.add(new Div(addInventory));
        }
        List<NeedsInventory> all = page.inventories();
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation(page.mayArrange() ? "pool.needs.empty.coordinator"
                    : "pool.needs.empty.contact")));
            return section;
        }
        section.add(inventory(all.getFirst(), page));
        if (all.size() > 1) {
            Details earlier = new Details(getTranslation("pool.needs.earlier", all.size() - 1));
            LazyDetails.buildWhenOpened(earlier, () -> all.subList(1, all.size())
                    .forEach(i -> earlier.add(inventory(i, page))));
            section.add(earlier);
        }
        return section;
    }

    private Div inventory(NeedsInventory inventory, PartnerPage page) {
        Div card = new Div(new H3(getTranslation("pool.needs.meeting", PoolFormat.date(this, inventory.getMetOn()))));
        card.addClassName("card");
        card.getElement().appendChild(PoolFormat.facts(
                PoolFormat.fact(getTranslation("pool.needs.field.participants"), inventory.getParticipants()),
                PoolFormat.fact(getTranslation("pool.needs.field.roles"),
                        PoolFormat.roles(this, inventory.getRolesWanted())),
                PoolFormat.fact(getTranslation("pool.needs.field.themes"),
                        PoolFormat.themes(this, inventory.getThemes())),
                PoolFormat.fact(getTranslation("pool.needs.field.notes"), inventory.getNotes())));
        if (page.mayArrange()) {
            Button edit = new Button(getTranslation("pool.needs.edit"), VaadinIcon.EDIT.create(),
                    e -> new InventoryDialog(needs, page.partner().getId(), inventory, page.dates(), this::reload)
                            .open());
            edit.setAriaLabel(getTranslation("pool.needs.edit.label", PoolFormat.date(this, inventory.getMetOn())));
            card.add(edit);
        }
        return card;
    }

    private Section subAssignments(PartnerPage page) {
        Section section = new Section(new H2(getTranslation("pool.sub.title")));
        if (page.mayArrange()) {
            section.add(new Div(addSubAssignment));
        }
        if (page.subAssignments().isEmpty()) {
            section.add(new Paragraph(getTranslation(page.mayArrange() ? "pool.sub.partner.empty.coordinator"
                    : "pool.sub.partner.empty.contact")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("traject-cards");
            for (SubAssignment sub : page.subAssignments()) {
                ListItem item = new ListItem(new Anchor("pool/deelopdrachten/" + sub.getId(), sub.getTitle()));
                item.getElement().appendChild(Marks.badge(getTranslation(sub.getStatus().labelKey()), "contrast")
                        .getElement(), Marks.text(PoolFormat.period(this, sub.getStartsOn(), sub.getEndsOn()),
                        "muted"));
                list.add(item);
            }
            section.add(list);
        }
        section.add(new Paragraph(new Anchor("pool/deelopdrachten", getTranslation("pool.sub.all"))));
        return section;
    }

    private void unlink(PartnerService.Contact contact) {
        partners.unlink(contact.id(), contact.version());
        Notices.success(getTranslation("pool.partners.contact.unlinked.notice", contact.name()));
        reload();
    }

    private void setActive(boolean active) {
        PoolPartner saved = partners.setActive(shown.partner().getId(), shown.partner().getVersion(), active);
        Notices.success(getTranslation(active ? "pool.partners.reactivated" : "pool.partners.deactivated",
                saved.getName()));
        reload();
    }

    /** Made for each showing: it offers the signed-in person's places, and a view is reused between showings. */
    private PoolNavigation navigation() {
        return new PoolNavigation(authentication, "pool/gemeenten");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? PageTitles.of(this, "pool.partners.title") : PageTitles.ofText(this, title);
    }
}
