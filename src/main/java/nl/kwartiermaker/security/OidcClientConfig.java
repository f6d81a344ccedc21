package nl.kwartiermaker.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The portal as a client of the identity provider, only when sign-in through it is switched on: a portal without
 * it has no client registration at all. The provider's addresses come from its discovery document at start-up, which
 * also checks that the issuer is exactly the one configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("kwartiermaker.oidc.enabled")
class OidcClientConfig {

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcSettings settings) {
        settings.requireComplete();
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OidcSettings.REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
