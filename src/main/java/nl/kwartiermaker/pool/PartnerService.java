package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner municipalities of the pool, each municipality's own page, and who speaks for it. The coordinator adds,
 * renames and deactivates partners and links contacts; a contact reads their own municipality's page, and any other
 * municipality is "not found" to them, as a missing one is.
 */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    /** An account linked to a municipality, with the link's version for unlinking. */
    public record Contact(long id, long version, long userId, String name) {
    }

    /**
     * A municipality's page: its part of the key and budget, contacts, needs inventories (newest first) and
     * sub-assignments, and whether the signed-in person arranges them (the coordinator) or reads them.
     */
    public record PartnerPage(PoolPartner partner, KeyInForce now, List<Contact> contacts,
                              List<NeedsInventory> inventories, List<SubAssignment> subAssignments,
                              boolean mayArrange, DateWindow dates) {
    }

    private final PoolAccess access;
    private final PoolPartnerRepository partners;
    private final PartnerContactRepository contacts;
    private final DistributionKeyRepository keys;
    private final PoolBudgetRepository budgets;
    private final NeedsInventoryRepository inventories;
    private final SubAssignmentRepository subAssignments;
    private final UserService users;
    private final PortalTime time;

    PartnerService(PoolAccess access, PoolPartnerRepository partners, PartnerContactRepository contacts,
                   DistributionKeyRepository keys, PoolBudgetRepository budgets,
                   NeedsInventoryRepository inventories, SubAssignmentRepository subAssignments, UserService users,
                   PortalTime time) {
        this.access = access;
        this.partners = partners;
        this.contacts = contacts;
        this.keys = keys;
        this.budgets = budgets;
        this.inventories = inventories;
        this.subAssignments = subAssignments;
        this.users = users;
        this.time = time;
    }

    /** The municipality the signed-in contact speaks for; empty for the coordinator and an unlinked contact. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public Optional<Long> ownPartnerId() {
        return access.isCoordinator() ? Optional.empty() : access.myPartnerId();
    }

    @PreAuthorize(PoolAccess.MAY_USE)
    public PartnerPage page(long partnerId) {
        PoolPartner partner = visible(partnerId);
        List<PartnerContact> linked = contacts.findByPartnerId(partnerId);
        Map<Long, String> names = users.namesOf(linked.stream().map(PartnerContact::getUserId).toList());
        List<Contact> shown = linked.stream().map(c -> new Contact(c.getId(), c.getVersion(), c.getUserId(),
                names.getOrDefault(c.getUserId(), "–"))).sorted(Comparator.comparing(Contact::name)).toList();
        LocalDate today = time.today();
        return new PartnerPage(partner, KeyInForce.on(today, keys, budgets), shown,
                inventories.findByPartnerIdOrderByMetOnDesc(partnerId),
                subAssignments.findByPartnerIdOrderByStartsOnDescIdDesc(partnerId), access.isCoordinator(),
                PoolDates.window(today));
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolPartner add(String name) {
        String checked = checkedName(name, null);
        return partners.saveAndFlush(new PoolPartner(checked));
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolPartner rename(long partnerId, long expectedVersion, String name) {
        PoolPartner partner = editable(partnerId, expectedVersion);
        partner.rename(checkedName(name, partnerId));
        return partners.saveAndFlush(partner);
    }

    /**
     * Takes a partner out of the pool (or back in): an inactive partner gets no share in a new key, and its history,
     * inventories and sub-assignments stay. The key in force is not changed; the coordinator makes a new one.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolPartner setActive(long partnerId, long expectedVersion, boolean active) {
        PoolPartner partner = editable(partnerId, expectedVersion);
        partner.setActive(active);
        return partners.saveAndFlush(partner);
    }

    /** Accounts with the partner-contact role that speak for no municipality yet. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public List<UserService.Person> contactCandidates() {
        Set<Long> linked = contacts.findAll().stream().map(PartnerContact::getUserId).collect(Collectors.toSet());
        return users.activePartnerContacts().stream().filter(p -> !linked.contains(p.id())).toList();
    }

    /** Lets an account with the partner-contact role speak for this municipality; one municipality per account. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PartnerContact link(long partnerId, long userId) {
        PoolPartner partner = partners.findById(partnerId).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        require(users.activePartnerContacts().stream().anyMatch(p -> p.id() == userId),
                "pool.partners.contact.error.role");
        contacts.findByUserId(userId).ifPresent(other -> {
            throw new InvalidInput("pool.partners.contact.error.linked", partners.findById(other.getPartnerId())
                    .map(PoolPartner::getName).orElse("–"));
        });
        return contacts.saveAndFlush(new PartnerContact(userId, partner.getId()));
    }

    /** The account no longer speaks for the municipality and sees nothing of the pool until linked again. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public void unlink(long contactId, long expectedVersion) {
        PartnerContact contact = contacts.findById(contactId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        contact.requireVersion(expectedVersion);
        contacts.delete(contact);
    }

    private PoolPartner visible(long partnerId) {
        access.requireVisible(partnerId);
        return partners.findById(partnerId).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
    }

    private PoolPartner editable(long partnerId, long expectedVersion) {
        PoolPartner partner = partners.findById(partnerId).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        partner.requireVersion(expectedVersion);
        return partner;
    }

    private String checkedName(String name, Long ownId) {
        String stripped = name == null ? "" : name.strip();
        require(!stripped.isEmpty() && stripped.length() <= PoolPartner.NAME_MAX, "pool.partners.error.name",
                PoolPartner.NAME_MAX);
        partners.findByNameIgnoreCase(stripped).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new InvalidInput("pool.partners.error.name.taken", stripped);
        });
        return stripped;
    }
}
