package nl.kwartiermaker.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops start-up before anything touches a database when the profiles or the production settings are wrong: demo
 * accounts with the password "demo" must never reach a production database, and a production start without its
 * database or mail settings should say which variables are missing instead of failing somewhere deep in a pool.
 * Registered in {@code META-INF/spring.factories} because it must run before the application context exists.
 */
public class ProfileGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Environment variables the {@code prod} profile needs; README.md documents them. */
    static final List<String> REQUIRED_IN_PRODUCTION = List.of(
            "KWARTIERMAKER_DB_URL", "KWARTIERMAKER_DB_USER", "KWARTIERMAKER_DB_PASSWORD",
            "KWARTIERMAKER_SMTP_HOST", "KWARTIERMAKER_MAIL_FROM", "KWARTIERMAKER_BASE_URL",
            "KWARTIERMAKER_SECRET_KEY");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        if (Set.of(environment.getActiveProfiles()).contains("demo")) {
            throw new IllegalStateException(
                    "Het profiel 'demo' mag niet samen met 'prod' draaien: demo-accounts horen niet in productie. "
                            + "Start met alleen SPRING_PROFILES_ACTIVE=prod.");
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED_IN_PRODUCTION) {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Het profiel 'prod' mist deze omgevingsvariabelen: "
                    + String.join(", ", missing) + ". Zie README.md, 'Configuratie'.");
        }
    }
}
