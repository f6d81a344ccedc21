package nl.kwartiermaker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings as the README gives them: environment variables, one per portal role. */
class OidcSettingsTest {

    private static Binder environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, variables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }

    private static OidcSettings fromEnvironment(Map<String, Object> variables) {
        return environment(variables).bindOrCreate("kwartiermaker.oidc", OidcSettings.class);
    }

    @Test
    void password_sign_in_is_switched_off_by_its_environment_variable() {
        assertThat(environment(Map.of("KWARTIERMAKER_LOGIN_FORM_ENABLED", "false"))
                .bind("kwartiermaker.login.form-enabled", Boolean.class).get()).isFalse();
    }

    @Test
    void every_role_is_an_environment_variable_and_its_values_give_it() {
        OidcSettings settings = fromEnvironment(Map.of(
                "KWARTIERMAKER_OIDC_ENABLED", "true",
                "KWARTIERMAKER_OIDC_ROLE_CLAIM", "groups",
                "KWARTIERMAKER_OIDC_ROLES_BEHEERDER", "portal-beheerders",
                "KWARTIERMAKER_OIDC_ROLES_POOL_COORDINATOR", "/regio/pool, 3f2a-guid",
                "KWARTIERMAKER_OIDC_ROLES_MEDEWERKER", "medewerkers,portal-beheerders"));

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.roleClaim()).isEqualTo("groups");
        assertThat(settings.rolesFor(List.of("portal-beheerders", "kantine")))
                .isEqualTo(Set.of(Role.BEHEERDER, Role.MEDEWERKER));
        assertThat(settings.rolesFor(List.of("/regio/pool"))).containsExactly(Role.POOL_COORDINATOR);
        assertThat(settings.rolesFor(List.of("3f2a-guid"))).containsExactly(Role.POOL_COORDINATOR);
        assertThat(settings.rolesFor(List.of("/regio"))).isEmpty();
    }

    @Test
    void without_settings_it_is_off_asks_openid_and_reads_roles_and_email() {
        OidcSettings settings = fromEnvironment(Map.of("KWARTIERMAKER_OIDC_SCOPES", "profile"));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.scopes()).containsExactly("openid", "profile");
        assertThat(settings.roleClaim()).isEqualTo("roles");
        assertThat(settings.emailClaim()).isEqualTo("email");
        assertThat(settings.trustEmail()).isFalse();
    }

    @Test
    void a_claim_with_one_value_counts_as_a_list_of_one() {
        assertThat(OidcSettings.values("portal-beheerders")).containsExactly("portal-beheerders");
        assertThat(OidcSettings.values(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(OidcSettings.values(null)).isEmpty();
    }
}
