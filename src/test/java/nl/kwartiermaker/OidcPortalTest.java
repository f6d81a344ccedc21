package nl.kwartiermaker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application served over HTTP, signing people in only through an identity provider ({@link IdentityProvider},
 * in this JVM), with password sign-in switched off, as an organisation that has everyone sign in through its
 * provider runs it. Every test class with this annotation shares one application context: each costs start-up time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kwartiermaker.oidc.enabled=true",
        "kwartiermaker.oidc.client-id=kwartiermaker",
        "kwartiermaker.oidc.client-secret=geheim-voor-de-test",
        "kwartiermaker.oidc.role-claim=groups",
        "kwartiermaker.oidc.roles.MEDEWERKER=portal-medewerkers",
        "kwartiermaker.oidc.roles.MENTOR=portal-mentoren, portal-buddies",
        "kwartiermaker.login.form-enabled=false"})
@ContextConfiguration(initializers = IdentityProvider.class)
@ActiveProfiles({"test", "demo"})
@Import({TestClockConfig.class, StatementCounter.Wiring.class})
@ExtendWith(FreshStart.class)
public @interface OidcPortalTest {
}
