package nl.kwartiermaker.user;

import java.util.EnumSet;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new production installation has no accounts, and only a Beheerder can create them. When no active Beheerder
 * exists, this creates one (or restores an existing account with that address as Beheerder, with the configured
 * password) from KWARTIERMAKER_ADMIN_EMAIL and KWARTIERMAKER_ADMIN_PASSWORD. Once a Beheerder exists it does nothing;
 * remove the variables then, so the password does not linger in the environment. Several instances starting at once
 * on a new database all try; one creates the account and the others find it made (decision 0016).
 */
@Component
@Order(20)
class FirstBeheerder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstBeheerder.class);

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final TransactionTemplate transaction;

    FirstBeheerder(PortalUserRepository users, PasswordEncoder passwordEncoder, Environment environment,
                   PlatformTransactionManager transactions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(tx -> ensureBeheerder());
        } catch (DataIntegrityViolationException e) {
            // another instance, starting at the same moment, inserted the same address first
            if (transaction.execute(tx -> users.countActiveWithRole(Role.BEHEERDER)) == 0) {
                throw e;
            }
            log.info("Another instance made the first Beheerder");
        }
    }

    private void ensureBeheerder() {
        if (users.countActiveWithRole(Role.BEHEERDER) > 0) {
            return;
        }
        String email = PortalUser.normalise(environment.getProperty("KWARTIERMAKER_ADMIN_EMAIL", ""));
        String password = environment.getProperty("KWARTIERMAKER_ADMIN_PASSWORD", "");
        if (email.isEmpty() || !acceptable(password)) {
            log.warn("There is no active Beheerder. Set KWARTIERMAKER_ADMIN_EMAIL and KWARTIERMAKER_ADMIN_PASSWORD"
                    + " ({} to {} characters; at most {} bytes in UTF-8, so accented letters count double) and"
                    + " restart to create one.", UserService.PASSWORD_MIN, UserService.PASSWORD_MAX_BYTES,
                    UserService.PASSWORD_MAX_BYTES);
            return;
        }
        PortalUser beheerder = users.findByEmail(email).orElseGet(() -> new PortalUser(email, "Beheerder",
                passwordEncoder.encode(password), EnumSet.of(Role.BEHEERDER)));
        beheerder.setRoles(EnumSet.copyOf(union(beheerder)));
        beheerder.setPasswordHash(passwordEncoder.encode(password));
        beheerder.setActive(true);
        users.save(beheerder);
        log.info("Beheerder {} is ready to sign in", email);
    }

    /** The same rule as a password a Beheerder sets; a longer one would make the encoder fail the start-up. */
    private static boolean acceptable(String password) {
        try {
            UserService.checkPassword(password);
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }

    private static EnumSet<Role> union(PortalUser user) {
        EnumSet<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        roles.add(Role.BEHEERDER);
        return roles;
    }
}
