package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution key and the pool's budget (seed 003: hours follow the financial key of Module 2 of the MGR). A key
 * applies from its date until the next one starts; a new key is a new row, so every earlier period keeps the key it
 * had, and a key that does not add up to exactly 100 % is refused as a whole. Only the pool coordinator arranges this.
 */
@Service
@Transactional(readOnly = true)
public class DistributionKeyService {

    /** One partner on the overview: the key's part of it is in {@link PartnersOverview#now()}. */
    public record PartnerLine(PoolPartner partner, List<String> contacts) {
    }

    /** The partners with the key in force today and this year's budget, and the dates the forms accept. */
    public record PartnersOverview(KeyInForce now, List<PartnerLine> partners, DateWindow dates) {

        public List<PoolPartner> activePartners() {
            return partners.stream().map(PartnerLine::partner).filter(PoolPartner::isActive).toList();
        }
    }

    /** Every key, newest first, with the names of the partners they share among. */
    public record KeyHistory(List<DistributionKey> keys, Map<Long, String> partnerNames) {
    }

    private static final BigDecimal MAX_PERCENTAGE = new BigDecimal("100.00");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999.99");
    private static final BigDecimal MAX_HOURS_PER_FTE = new BigDecimal("60");

    private final PoolAccess access;
    private final PoolPartnerRepository partners;
    private final DistributionKeyRepository keys;
    private final PoolBudgetRepository budgets;
    private final PartnerContactRepository contacts;
    private final UserService users;
    private final PortalTime time;

    DistributionKeyService(PoolAccess access, PoolPartnerRepository partners, DistributionKeyRepository keys,
                           PoolBudgetRepository budgets, PartnerContactRepository contacts, UserService users,
                           PortalTime time) {
        this.access = access;
        this.partners = partners;
        this.keys = keys;
        this.budgets = budgets;
        this.contacts = contacts;
        this.users = users;
        this.time = time;
    }

    /** The partners by name with their contacts' names, the key in force today and this year's budget. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public PartnersOverview overview() {
        LocalDate today = time.today();
        List<PartnerContact> linked = contacts.findAll();
        Map<Long, String> names = users.namesOf(linked.stream().map(PartnerContact::getUserId).toList());
        Map<Long, List<String>> byPartner = linked.stream().collect(Collectors.groupingBy(
                PartnerContact::getPartnerId, Collectors.mapping(c -> names.getOrDefault(c.getUserId(), "–"),
                        Collectors.toList())));
        List<PartnerLine> lines = partners.findAllByOrderByNameAsc().stream()
                .map(p -> new PartnerLine(p, byPartner.getOrDefault(p.getId(), List.of()).stream().sorted().toList()))
                .toList();
        return new PartnersOverview(KeyInForce.on(today, keys, budgets), lines, PoolDates.window(today));
    }

    @PreAuthorize(PoolAccess.COORDINATOR)
    public KeyHistory history() {
        return new KeyHistory(keys.findAllByOrderByValidFromDesc(), partners.findAll().stream()
                .collect(Collectors.toMap(PoolPartner::getId, PoolPartner::getName)));
    }

    /** The key that applies on {@code day}: the newest that started on or before it. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public Optional<DistributionKey> keyOn(LocalDate day) {
        return keys.findFirstByValidFromLessThanEqualOrderByValidFromDesc(day);
    }

    /**
     * A new key from {@code form.validFrom()}: each percentage between 0 and 100 with at most two decimals, only active
     * partners with a share, and together exactly 100,00 %; otherwise nothing is saved and the key in force stays.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public DistributionKey newKey(KeyForm form) {
        DateWindow dates = PoolDates.window(time.today());
        require(dates.contains(form.validFrom()), "pool.partners.error.date", dates.firstYear(), dates.lastYear());
        require(!keys.existsByValidFrom(form.validFrom()), "pool.partners.key.error.taken", form.validFrom());
        require(form.note().strip().length() <= DistributionKey.NOTE_MAX, "pool.partners.key.error.note",
                DistributionKey.NOTE_MAX);
        Map<Long, PoolPartner> known = partners.findAllById(form.shares().keySet()).stream()
                .collect(Collectors.toMap(PoolPartner::getId, p -> p));
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        for (Map.Entry<Long, BigDecimal> share : form.shares().entrySet()) {
            PoolPartner partner = known.get(share.getKey());
            require(partner != null, "pool.error.notfound");
            BigDecimal percentage = share.getValue() == null ? BigDecimal.ZERO : share.getValue();
            require(percentage.signum() >= 0 && percentage.compareTo(MAX_PERCENTAGE) <= 0
                    && percentage.stripTrailingZeros().scale() <= 2, "pool.partners.key.error.percentage",
                    partner.getName());
            require(partner.isActive() || percentage.signum() == 0, "pool.partners.key.error.inactive",
                    partner.getName());
            if (percentage.signum() > 0) {
                shares.put(partner.getId(), percentage.setScale(2));
            }
        }
        BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        require(total.compareTo(DistributionKey.WHOLE) == 0, total.compareTo(DistributionKey.WHOLE) < 0
                        ? "pool.partners.key.error.under" : "pool.partners.key.error.over", total,
                DistributionKey.WHOLE.subtract(total).abs());
        return keys.saveAndFlush(new DistributionKey(form.validFrom(), form.note().strip(), shares));
    }

    /** The budgets per year, newest first. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public List<PoolBudget> budgets() {
        return budgets.findAllByOrderByYearDesc();
    }

    /**
     * Sets a year's budget: a new one when the year has none ({@code expectedVersion} null), else a change of the
     * version the coordinator started from.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolBudget saveBudget(BudgetForm form, Long expectedVersion) {
        DateWindow dates = PoolDates.window(time.today());
        require(form.year() >= dates.firstYear() && form.year() <= dates.lastYear(), "pool.partners.budget.error.year",
                dates.firstYear(), dates.lastYear());
        require(form.unit() != null, "pool.partners.budget.error.unit");
        require(form.amount() != null && form.amount().signum() > 0 && form.amount().compareTo(MAX_AMOUNT) <= 0
                && form.amount().stripTrailingZeros().scale() <= 2, "pool.partners.budget.error.amount");
        BigDecimal hoursPerFte = form.hoursPerFte();
        require(hoursPerFte != null && hoursPerFte.signum() > 0 && hoursPerFte.compareTo(MAX_HOURS_PER_FTE) <= 0
                && hoursPerFte.stripTrailingZeros().scale() <= 2, "pool.partners.budget.error.hoursperfte");
        Optional<PoolBudget> existing = budgets.findByYear(form.year());
        if (existing.isPresent()) {
            PoolBudget budget = existing.get();
            budget.requireVersion(expectedVersion == null ? -1 : expectedVersion);
            budget.change(form.amount(), form.unit(), hoursPerFte);
            return budgets.saveAndFlush(budget);
        }
        require(expectedVersion == null, "pool.error.notfound");
        return budgets.saveAndFlush(new PoolBudget(form.year(), form.amount(), form.unit(), hoursPerFte));
    }
}
