package nl.kwartiermaker.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One account per role with password "demo", only in the demo profile (which refuses to run beside prod). */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record Demo(String email, String name, Set<Role> roles) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("beheerder@demo.nl", "Bram Beheerder", EnumSet.of(Role.BEHEERDER, Role.MEDEWERKER)),
            new Demo("projectleider@demo.nl", "Priya Projectleider", EnumSet.of(Role.PROJECTLEIDER, Role.MEDEWERKER)),
            new Demo("hr@demo.nl", "Hanneke de Vries (HR)", EnumSet.of(Role.HR_ADVISEUR, Role.MEDEWERKER)),
            new Demo("coordinator@demo.nl", "Cor Coördinator", EnumSet.of(Role.COORDINATOR, Role.MEDEWERKER)),
            new Demo("medewerker@demo.nl", "Mila Medewerker", EnumSet.of(Role.MEDEWERKER)),
            new Demo("ervaringsdeskundige@demo.nl", "Eef Ervaringsdeskundige", EnumSet.of(Role.ERVARINGSDESKUNDIGE)),
            new Demo("mentor@demo.nl", "Mo Mentor", EnumSet.of(Role.MENTOR, Role.ERVARINGSDESKUNDIGE)),
            new Demo("poolcoordinator@demo.nl", "Puck Poolcoördinator", EnumSet.of(Role.POOL_COORDINATOR)),
            new Demo("gemeente@demo.nl", "Gijs Gemeente (Venlo)", EnumSet.of(Role.PARTNER_CONTACT)));

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(PortalUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // one bcrypt run for all accounts, not one each: they share the password, and a salt per account protects
        // nothing a shared, published password could give away; at the portal's cost factor each run is ~0.1 s of CPU
        String demoHash = null;
        for (Demo demo : ACCOUNTS) {
            if (!users.existsByEmail(demo.email())) {
                demoHash = demoHash == null ? passwordEncoder.encode("demo") : demoHash;
                users.save(new PortalUser(demo.email(), demo.name(), demoHash, demo.roles()));
                log.info("Demo account {} created", demo.email());
            }
        }
    }
}
