package nl.kwartiermaker.pool;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.RunAs;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool of seed 003: the 14 municipalities of Noord- en Midden-Limburg with the percentages of the distribution
 * key of Module 2 of the MGR (seed 003, table 2), valid from the first of January last year, a budget for this year,
 * and the demo contact {@code gemeente@demo.nl} speaking for Venlo. Runs once: not when partners already exist.
 */
@Component
@Profile("demo")
@Order(80)
class DemoPool implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPool.class);

    /** Seed 003, "Tabel 2": percentage of each municipality in the key (verdeelmodel MGR). */
    static final Map<String, String> KEY = keyOfSeed003();

    /** The municipality the demo contact speaks for. */
    static final String DEMO_CONTACT_PARTNER = "Venlo";

    private final PoolPartnerRepository partners;
    private final DistributionKeyRepository keys;
    private final PoolBudgetRepository budgets;
    private final PartnerContactRepository contacts;
    private final UserService users;
    private final PortalTime time;
    private final TransactionTemplate transaction;

    DemoPool(PoolPartnerRepository partners, DistributionKeyRepository keys, PoolBudgetRepository budgets,
             PartnerContactRepository contacts, UserService users, PortalTime time, TransactionTemplate transaction) {
        this.partners = partners;
        this.keys = keys;
        this.budgets = budgets;
        this.contacts = contacts;
        this.users = users;
        this.time = time;
        this.transaction = transaction;
    }

    private static Map<String, String> keyOfSeed003() {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("Beesel", "0.78");
        key.put("Bergen", "3.44");
        key.put("Echt-Susteren", "5.11");
        key.put("Gennep", "0.86");
        key.put("Horst aan de Maas", "3.37");
        key.put("Leudal", "8.48");
        key.put("Maasgouw", "3.45");
        key.put("Nederweert", "1.74");
        key.put("Peel en Maas", "9.49");
        key.put("Roerdalen", "2.64");
        key.put("Roermond", "8.09");
        key.put("Venlo", "28.47");
        key.put("Venray", "10.27");
        key.put("Weert", "13.81");
        return Map.copyOf(key);
    }

    @Override
    public void run(ApplicationArguments args) {
        Long[] contact = new Long[1];
        RunAs.run("beheerder@demo.nl", Role.BEHEERDER, () -> contact[0] = users.findByEmail("gemeente@demo.nl")
                .map(UserAccount::id).orElse(null));
        LocalDate today = time.today();
        transaction.executeWithoutResult(status -> {
            if (partners.count() > 0) {
                return;
            }
            Map<Long, BigDecimal> shares = new LinkedHashMap<>();
            Long venlo = null;
            for (String name : KEY.keySet().stream().sorted().toList()) {
                PoolPartner partner = partners.save(new PoolPartner(name));
                shares.put(partner.getId(), new BigDecimal(KEY.get(name)));
                if (name.equals(DEMO_CONTACT_PARTNER)) {
                    venlo = partner.getId();
                }
            }
            keys.save(new DistributionKey(LocalDate.of(today.getYear() - 1, 1, 1),
                    "Verdeelsleutel van Module 2 van de MGR (bron 003, tabel 2).", shares));
            budgets.save(new PoolBudget(today.getYear(), new BigDecimal("6"), BudgetUnit.FTE, new BigDecimal("36")));
            if (contact[0] != null && venlo != null) {
                contacts.save(new PartnerContact(contact[0], venlo));
            }
            log.info("Demo pool created: {} partner municipalities", shares.size());
        });
    }
}
