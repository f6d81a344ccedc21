package nl.kwartiermaker;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * An OpenID Connect provider in the test JVM (mock-oauth2-server), started before the application that signs in
 * through it, which reads its discovery document at start-up, and stopped with that application.
 */
public class IdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The provider's issuer is {@code http://localhost:<port>/organisatie}. */
    public static final String ISSUER_ID = "organisatie";
    public static final MockOAuth2Server SERVER = new MockOAuth2Server();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SERVER.start();
        TestPropertyValues.of("kwartiermaker.oidc.issuer-uri=" + SERVER.issuerUrl(ISSUER_ID)).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                SERVER.shutdown();
            }
        });
    }
}
