package nl.kwartiermaker.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through the organisation's identity provider (OpenID Connect), as configured under
 * {@code kwartiermaker.oidc} (README, "Single sign-on"). {@code roles} maps each portal role to the values of
 * {@code roleClaim} that give it: keyed by role rather than by value, so that every setting is an ordinary
 * environment variable ({@code KWARTIERMAKER_OIDC_ROLES_BEHEERDER=...}) whatever a provider's group names look like.
 * {@code trustEmail}: the provider's e-mail addresses are the organisation's own, also without an
 * {@code email_verified} claim (Microsoft Entra ID sends none); decision 0013.
 */
@ConfigurationProperties("kwartiermaker.oidc")
public record OidcSettings(boolean enabled, String displayName, String issuerUri, String clientId,
                           String clientSecret, List<String> scopes, String roleClaim, String emailClaim,
                           boolean trustEmail, Map<Role, List<String>> roles) {

    /** The registration's id, which is also the last part of the redirect URI: {@code /login/oauth2/code/oidc}. */
    public static final String REGISTRATION = "oidc";

    public OidcSettings {
        // OpenID Connect needs "openid"; without it the provider answers plain OAuth 2, which names nobody
        Set<String> asked = new LinkedHashSet<>(List.of("openid"));
        asked.addAll(scopes == null || scopes.isEmpty() ? List.of("profile", "email") : scopes);
        scopes = List.copyOf(asked);
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim.strip();
        emailClaim = emailClaim == null || emailClaim.isBlank() ? "email" : emailClaim.strip();
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    /** The portal roles that these values of the role claim give. */
    Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> given = EnumSet.noneOf(Role.class);
        roles.forEach((role, values) -> {
            if (values.stream().map(String::strip).anyMatch(claimValues::contains)) {
                given.add(role);
            }
        });
        return given;
    }

    /** The values of a claim, which a provider sends as a list or, with one value, as a single string. */
    static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim != null) {
            values.add(String.valueOf(claim));
        }
        return values;
    }

    /** Stops start-up with what is missing, rather than at the first person who tries to sign in. */
    void requireComplete() {
        List<String> missing = new ArrayList<>();
        if (issuerUri == null || issuerUri.isBlank()) {
            missing.add("KWARTIERMAKER_OIDC_ISSUER_URI");
        }
        if (clientId == null || clientId.isBlank()) {
            missing.add("KWARTIERMAKER_OIDC_CLIENT_ID");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            missing.add("KWARTIERMAKER_OIDC_CLIENT_SECRET");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("OpenID Connect sign-in is switched on (KWARTIERMAKER_OIDC_ENABLED) but "
                    + "these settings are missing: " + String.join(", ", missing));
        }
    }
}
