package nl.kwartiermaker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/** The first Beheerder's password from the environment follows the same limits as one a Beheerder sets. */
class FirstBeheerderTest {

    private final PortalUserRepository users = mock(PortalUserRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private void start(String password) {
        when(users.countActiveWithRole(Role.BEHEERDER)).thenReturn(0L);
        when(users.findByEmail("admin@gemeente.nl")).thenReturn(Optional.empty());
        MockEnvironment environment = new MockEnvironment()
                .withProperty("KWARTIERMAKER_ADMIN_EMAIL", "admin@gemeente.nl")
                .withProperty("KWARTIERMAKER_ADMIN_PASSWORD", password);
        new FirstBeheerder(users, encoder, environment, mock(PlatformTransactionManager.class))
                .run(new DefaultApplicationArguments());
    }

    @Test
    void a_password_longer_than_72_bytes_creates_no_account_instead_of_failing_the_start() {
        start("é".repeat(37));
        verify(users, never()).save(any());
    }

    @Test
    void a_password_shorter_than_twelve_characters_creates_no_account() {
        start("elf tekens!");
        verify(users, never()).save(any());
    }

    @Test
    void a_password_of_exactly_72_bytes_creates_the_beheerder_who_can_sign_in_with_it() {
        String password = "éàü".repeat(12);
        start(password);
        ArgumentCaptor<PortalUser> saved = ArgumentCaptor.forClass(PortalUser.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getRoles()).contains(Role.BEHEERDER);
        assertThat(encoder.matches(password, saved.getValue().getPasswordHash())).isTrue();
    }
}
