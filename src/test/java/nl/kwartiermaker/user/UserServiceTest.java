package nl.kwartiermaker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalLocales;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    PortalUserRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void signInAsBeheerder() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static String uniqueEmail() {
        return "test-" + UUID.randomUUID() + "@example.nl";
    }

    UserAccount create(Set<Role> roles) {
        return users.create(new UserService.NewUser(uniqueEmail(), "Test Persoon", roles, "een lang wachtwoord"));
    }

    @Test
    void a_beheerder_creates_an_account_with_several_roles_and_a_hashed_password() {
        String email = uniqueEmail().toUpperCase();
        UserAccount account = users.create(new UserService.NewUser("  " + email + " ", "Ayşe Ëlsen",
                EnumSet.of(Role.HR_ADVISEUR, Role.MEDEWERKER), "correct paard batterij"));

        PortalUser stored = repository.findById(account.id()).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(stored.getDisplayName()).isEqualTo("Ayşe Ëlsen");
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.HR_ADVISEUR, Role.MEDEWERKER);
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("correct paard");
        assertThat(passwordEncoder.matches("correct paard batterij", stored.getPasswordHash())).isTrue();
        assertThat(stored.getCreatedBy()).isEqualTo("beheerder@demo.nl");
        assertThat(stored.getLocale()).isEqualTo(PortalLocales.DUTCH);
    }

    @Test
    void bad_input_is_refused_with_a_message_key_and_nothing_is_saved() {
        long before = repository.count();
        assertThatThrownBy(() -> users.create(new UserService.NewUser("geen-adres", "Naam", Set.of(Role.MEDEWERKER),
                "een lang wachtwoord"))).isInstanceOf(InvalidInput.class).hasMessage("user.error.email");
        assertThatThrownBy(() -> users.create(new UserService.NewUser(uniqueEmail(), " ", Set.of(Role.MEDEWERKER),
                "een lang wachtwoord"))).hasMessage("user.error.name");
        assertThatThrownBy(() -> users.create(new UserService.NewUser(uniqueEmail(), "Naam", Set.of(),
                "een lang wachtwoord"))).hasMessage("user.error.roles");
        assertThatThrownBy(() -> users.create(new UserService.NewUser(uniqueEmail(), "Naam", Set.of(Role.MENTOR),
                "kort"))).hasMessage("user.error.password");
        assertThatThrownBy(() -> users.create(new UserService.NewUser(uniqueEmail(), "x".repeat(121),
                Set.of(Role.MENTOR), "een lang wachtwoord"))).hasMessage("user.error.name");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_with_the_real_limit_and_nothing_is_saved() {
        long before = repository.count();
        for (String tooLong : List.of("x".repeat(100_000), "x".repeat(73), "é".repeat(37), "🙂".repeat(19))) {
            assertThatThrownBy(() -> users.create(new UserService.NewUser(uniqueEmail(), "Naam",
                    Set.of(Role.MEDEWERKER), tooLong))).as(tooLong.length() + " characters")
                    .isInstanceOf(InvalidInput.class).hasMessage("user.error.password.long")
                    .satisfies(e -> assertThat(((InvalidInput) e).params()).containsExactly(72));
        }
        assertThat(repository.count()).isEqualTo(before);

        UserAccount account = create(Set.of(Role.MEDEWERKER));
        assertThatThrownBy(() -> users.resetPassword(account.id(), account.version(), "x".repeat(100_000)))
                .hasMessage("user.error.password.long");
        assertThatThrownBy(() -> users.resetPassword(account.id(), account.version(), "elf tekens!"))
                .hasMessage("user.error.password");
    }

    @Test
    void a_password_of_exactly_72_bytes_is_accepted_and_signs_in_with_every_character_counting() {
        // varied characters: one character repeated is refused as too easy to guess (PasswordRules)
        for (String longest : List.of("vijf kleine eendjes ".repeat(4).substring(0, 71) + "y", "éàü".repeat(12),
                "🙂😀🙃".repeat(6))) {
            UserAccount account = users.create(new UserService.NewUser(uniqueEmail(), "Naam", Set.of(Role.MEDEWERKER),
                    longest));
            String hash = repository.findById(account.id()).orElseThrow().getPasswordHash();
            assertThat(passwordEncoder.matches(longest, hash)).isTrue();
            // the last character matters: nothing of an accepted password is ignored
            String lastChanged = longest.substring(0, longest.offsetByCodePoints(longest.length(), -1)) + "z";
            assertThat(passwordEncoder.matches(lastChanged, hash)).isFalse();
        }
    }

    @Test
    void an_email_address_can_hold_only_one_account() {
        UserAccount first = create(Set.of(Role.MEDEWERKER));
        assertThatThrownBy(() -> users.create(new UserService.NewUser(first.email().toUpperCase(), "Ander",
                Set.of(Role.MEDEWERKER), "een lang wachtwoord"))).hasMessage("user.error.email.taken");
    }

    @Test
    void a_second_save_from_a_stale_version_is_refused_and_keeps_the_first() {
        UserAccount account = create(Set.of(Role.MEDEWERKER));
        users.update(account.id(), account.version(), "Eerste wijziging", Set.of(Role.MEDEWERKER));

        assertThatThrownBy(() -> users.update(account.id(), account.version(), "Tweede wijziging",
                Set.of(Role.MENTOR))).isInstanceOf(OptimisticLockingFailureException.class);
        PortalUser stored = repository.findById(account.id()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Eerste wijziging");
        assertThat(stored.getRoles()).containsExactly(Role.MEDEWERKER);
    }

    @Test
    void a_deactivated_account_is_kept_but_inactive_and_can_be_reactivated() {
        UserAccount account = create(Set.of(Role.MEDEWERKER));
        UserAccount deactivated = users.deactivate(account.id(), account.version());
        assertThat(deactivated.active()).isFalse();
        assertThat(users.findById(account.id()).orElseThrow().active()).isFalse();
        assertThat(users.reactivate(deactivated.id(), deactivated.version()).active()).isTrue();
    }

    @Test
    void the_last_active_beheerder_cannot_lose_the_role_or_be_deactivated() {
        List<PortalUser> others = repository.findAll().stream().filter(u -> u.getRoles().contains(Role.BEHEERDER)
                && u.isActive() && !u.getEmail().equals("beheerder@demo.nl")).toList();
        others.forEach(u -> {
            u.setActive(false);
            repository.saveAndFlush(u);
        });
        try {
            SignedIn.as("iemand-anders@demo.nl", Role.BEHEERDER);
            PortalUser only = repository.findByEmail("beheerder@demo.nl").orElseThrow();
            assertThatThrownBy(() -> users.update(only.getId(), only.getVersion(), only.getDisplayName(),
                    Set.of(Role.MEDEWERKER))).hasMessage("user.error.last.beheerder");
            assertThatThrownBy(() -> users.deactivate(only.getId(), only.getVersion()))
                    .hasMessage("user.error.last.beheerder");
        } finally {
            // other tests sign in as these Beheerders; leave them as they were
            others.forEach(u -> {
                PortalUser current = repository.findById(u.getId()).orElseThrow();
                current.setActive(true);
                repository.saveAndFlush(current);
            });
        }
    }

    @Test
    void a_beheerder_cannot_deactivate_their_own_account() {
        UserAccount other = create(Set.of(Role.BEHEERDER));
        SignedIn.as(other.email(), Role.BEHEERDER);
        assertThatThrownBy(() -> users.deactivate(other.id(), other.version()))
                .hasMessage("user.error.deactivate.self");
    }

    @Test
    void only_a_beheerder_may_manage_accounts() {
        UserAccount account = create(Set.of(Role.MEDEWERKER));
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.BEHEERDER))) {
            SignedIn.as("medewerker@demo.nl", role);
            assertThatThrownBy(() -> create(Set.of(Role.MEDEWERKER))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.search("", org.springframework.data.domain.Pageable.ofSize(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.deactivate(account.id(), account.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(() -> users.findById(account.id()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void everyone_keeps_their_own_language_choice() {
        UserAccount account = create(Set.of(Role.MEDEWERKER));
        SignedIn.as(account.email(), Role.MEDEWERKER);
        users.changeOwnLocale(PortalLocales.ENGLISH);
        assertThat(users.currentAccount().orElseThrow().locale()).isEqualTo(PortalLocales.ENGLISH);
    }

    @Test
    void search_finds_accounts_by_part_of_name_or_address() {
        UserAccount account = users.create(new UserService.NewUser(uniqueEmail(), "Zoë Zoekbaar",
                Set.of(Role.MEDEWERKER), "een lang wachtwoord"));
        assertThat(users.search("zoekbaar", org.springframework.data.domain.Pageable.ofSize(10)))
                .extracting(UserAccount::id).contains(account.id());
        assertThat(users.search(account.email().substring(0, 12), org.springframework.data.domain.Pageable.ofSize(10)))
                .extracting(UserAccount::id).contains(account.id());
    }

    @Test
    void signing_in_leaves_the_account_version_alone_so_an_edit_in_progress_still_saves() {
        UserAccount account = users.create(new UserService.NewUser(uniqueEmail(), "Sam Aanmelder",
                Set.of(Role.MEDEWERKER), "een lang wachtwoord"));
        users.recordSuccessfulLogin(account.email());

        UserAccount signedIn = users.findById(account.id()).orElseThrow();
        assertThat(signedIn.lastLoginAt()).isNotNull();
        assertThat(signedIn.version()).isEqualTo(account.version());
        assertThat(users.update(account.id(), account.version(), "Sam Aangemeld", Set.of(Role.MEDEWERKER))
                .displayName()).isEqualTo("Sam Aangemeld");
    }
}
