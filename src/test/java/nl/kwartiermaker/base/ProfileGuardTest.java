package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProfileGuardTest {

    @Test
    void the_demo_profile_refuses_to_start_beside_prod() {
        MockEnvironment environment = complete();
        environment.setActiveProfiles("prod", "demo");
        assertThatThrownBy(() -> ProfileGuard.check(environment)).hasMessageContaining("'demo'")
                .hasMessageContaining("'prod'");
    }

    @Test
    void prod_without_database_or_mail_settings_names_every_missing_variable() {
        MockEnvironment environment = new MockEnvironment().withProperty("KWARTIERMAKER_DB_URL", "jdbc:mariadb://db/k");
        environment.setActiveProfiles("prod");
        assertThatThrownBy(() -> ProfileGuard.check(environment))
                .hasMessageContaining("KWARTIERMAKER_DB_USER")
                .hasMessageContaining("KWARTIERMAKER_DB_PASSWORD")
                .hasMessageContaining("KWARTIERMAKER_SMTP_HOST")
                .hasMessageContaining("KWARTIERMAKER_MAIL_FROM")
                .hasMessageContaining("KWARTIERMAKER_BASE_URL")
                .hasMessageNotContaining("KWARTIERMAKER_DB_URL,");
    }

    @Test
    void prod_with_all_settings_starts_and_demo_alone_needs_none() {
        MockEnvironment prod = complete();
        prod.setActiveProfiles("prod");
        assertThatCode(() -> ProfileGuard.check(prod)).doesNotThrowAnyException();
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThatCode(() -> ProfileGuard.check(demo)).doesNotThrowAnyException();
    }

    private static MockEnvironment complete() {
        MockEnvironment environment = new MockEnvironment();
        ProfileGuard.REQUIRED_IN_PRODUCTION.forEach(name -> environment.setProperty(name, "x"));
        return environment;
    }
}
