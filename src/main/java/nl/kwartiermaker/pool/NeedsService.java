package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the municipalities need from the pool (seed 003: a kick-off meeting per municipality takes stock of the local
 * needs, and a complete overview of them is "aangevuld met regionale activiteiten"). The coordinator writes down each
 * kick-off and the regional activities; a municipality's contact reads its own inventories on its page.
 */
@Service
@Transactional(readOnly = true)
public class NeedsService {

    /** A municipality's needs as its latest kick-off meeting found them, and how many meetings it had. */
    public record LocalNeeds(PoolPartner partner, NeedsInventory latest, int meetings) {
    }

    /**
     * All local needs side by side: per municipality, which municipalities want each role and theme (by name, in
     * name order), the active municipalities without a kick-off yet, and the regional activities.
     */
    public record RegionalNeeds(List<LocalNeeds> municipalities, Map<PoolRole, List<String>> byRole,
                                Map<ExperienceTheme, List<String>> byTheme, List<PoolPartner> withoutKickOff,
                                List<RegionalActivity> activities, DateWindow dates) {
    }

    static final int NOTES_MAX = 10_000;

    private final PoolAccess access;
    private final PoolPartnerRepository partners;
    private final NeedsInventoryRepository inventories;
    private final RegionalActivityRepository activities;
    private final PortalTime time;

    NeedsService(PoolAccess access, PoolPartnerRepository partners, NeedsInventoryRepository inventories,
                 RegionalActivityRepository activities, PortalTime time) {
        this.access = access;
        this.partners = partners;
        this.inventories = inventories;
        this.activities = activities;
        this.time = time;
    }

    /** The regional overview, in three statements whatever the number of municipalities and meetings. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public RegionalNeeds overview() {
        Map<Long, List<NeedsInventory>> byPartner = new LinkedHashMap<>();
        for (NeedsInventory inventory : inventories.findAllByOrderByMetOnDescIdDesc()) {
            byPartner.computeIfAbsent(inventory.getPartnerId(), id -> new ArrayList<>()).add(inventory);
        }
        List<LocalNeeds> municipalities = new ArrayList<>();
        List<PoolPartner> withoutKickOff = new ArrayList<>();
        Map<PoolRole, List<String>> byRole = new EnumMap<>(PoolRole.class);
        Map<ExperienceTheme, List<String>> byTheme = new EnumMap<>(ExperienceTheme.class);
        for (PoolPartner partner : partners.findAllByOrderByNameAsc()) {
            List<NeedsInventory> own = byPartner.get(partner.getId());
            if (!partner.isActive()) {
                continue;
            }
            if (own == null) {
                withoutKickOff.add(partner);
                continue;
            }
            NeedsInventory latest = own.getFirst();
            municipalities.add(new LocalNeeds(partner, latest, own.size()));
            latest.getRolesWanted().forEach(r -> byRole.computeIfAbsent(r, x -> new ArrayList<>())
                    .add(partner.getName()));
            latest.getThemes().forEach(t -> byTheme.computeIfAbsent(t, x -> new ArrayList<>())
                    .add(partner.getName()));
        }
        return new RegionalNeeds(municipalities, byRole, byTheme, withoutKickOff,
                activities.findAllByOrderByStartsOnDesc(), PoolDates.window(time.today()));
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public NeedsInventory addInventory(long partnerId, InventoryForm form) {
        require(partners.existsById(partnerId), "pool.error.notfound");
        NeedsInventory inventory = new NeedsInventory(partnerId);
        describe(inventory, form);
        return inventories.saveAndFlush(inventory);
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public NeedsInventory updateInventory(long inventoryId, long expectedVersion, InventoryForm form) {
        NeedsInventory inventory = inventories.findById(inventoryId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        inventory.requireVersion(expectedVersion);
        describe(inventory, form);
        return inventories.saveAndFlush(inventory);
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public RegionalActivity addActivity(ActivityForm form) {
        RegionalActivity activity = new RegionalActivity(form.title().strip());
        describe(activity, form);
        return activities.saveAndFlush(activity);
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public RegionalActivity updateActivity(long activityId, long expectedVersion, ActivityForm form) {
        RegionalActivity activity = activities.findById(activityId)
                .orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        activity.requireVersion(expectedVersion);
        describe(activity, form);
        return activities.saveAndFlush(activity);
    }

    private void describe(NeedsInventory inventory, InventoryForm form) {
        DateWindow dates = PoolDates.window(time.today());
        require(dates.contains(form.metOn()), "pool.partners.error.date", dates.firstYear(), dates.lastYear());
        require(form.participants().strip().length() <= NeedsInventory.PARTICIPANTS_MAX,
                "pool.needs.error.participants", NeedsInventory.PARTICIPANTS_MAX);
        require(form.notes().strip().length() <= NOTES_MAX, "pool.needs.error.notes", NOTES_MAX);
        inventory.describe(form.metOn(), form.participants(), form.themes(), form.roles(), form.notes());
    }

    private void describe(RegionalActivity activity, ActivityForm form) {
        DateWindow dates = PoolDates.window(time.today());
        String title = form.title().strip();
        require(!title.isEmpty() && title.length() <= RegionalActivity.TITLE_MAX, "pool.activity.error.title",
                RegionalActivity.TITLE_MAX);
        require(form.description().strip().length() <= RegionalActivity.DESCRIPTION_MAX,
                "pool.activity.error.description", RegionalActivity.DESCRIPTION_MAX);
        require(dates.contains(form.startsOn()), "pool.partners.error.date", dates.firstYear(), dates.lastYear());
        LocalDate end = form.endsOn();
        require(end == null || dates.contains(end) && !end.isBefore(form.startsOn()), "pool.activity.error.end");
        activity.describe(title, form.description(), form.themes(), form.startsOn(), end);
    }
}
