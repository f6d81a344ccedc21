package nl.kwartiermaker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.ProviderAccountService.Identity;
import nl.kwartiermaker.user.ProviderAccountService.Refusal;
import nl.kwartiermaker.user.ProviderAccountService.SignInRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which account a sign-in through the identity provider gets, and when it may not take one over. */
@DatabaseTest
class ProviderAccountServiceTest {

    private static final String ISSUER = "https://login.example/organisatie";

    @Autowired
    ProviderAccountService accounts;
    @Autowired
    UserService users;
    @Autowired
    PasswordService passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PortalUserRepository repository;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static Identity person(String email, boolean verified, Role... roles) {
        return new Identity(ISSUER, UUID.randomUUID().toString(), email, verified, "Noor de Wit",
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    private static String uniqueEmail() {
        return "sso-" + UUID.randomUUID() + "@example.nl";
    }

    private UserAccount existingAccountWithPassword(String email) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser(email, "Noor", EnumSet.of(Role.BEHEERDER),
                "een lang wachtwoord"));
        SignedIn.nobody();
        return account;
    }

    private List<String> auditActionsAbout(String email) {
        return jdbc.queryForList("select action from audit_event where object_ref = ? order by id", String.class,
                email);
    }

    @Test
    void an_existing_account_is_linked_when_the_provider_vouches_for_the_address_and_its_roles_follow_the_provider() {
        String email = uniqueEmail();
        UserAccount existing = existingAccountWithPassword(email);
        Identity noor = person(email.toUpperCase(), true, Role.MEDEWERKER);

        UserAccount signedIn = accounts.signIn(noor);

        assertThat(signedIn.id()).isEqualTo(existing.id());
        assertThat(signedIn.roles()).containsExactly(Role.MEDEWERKER);
        assertThat(signedIn.hasPassword()).as("the password stays for password sign-in").isTrue();
        assertThat(repository.findById(existing.id()).orElseThrow().getLastLoginAt()).isNotNull();
        assertThat(auditActionsAbout(email)).contains("USER_PROVIDER_LINKED", "USER_ROLES_CHANGED");
        // from now on the provider's identity finds the account, also after the address changed there
        assertThat(accounts.signIn(new Identity(ISSUER, noor.subject(), "noor.nieuw@example.nl", false, null,
                noor.roles())).id()).isEqualTo(existing.id());
    }

    @Test
    void an_address_the_provider_does_not_vouch_for_takes_over_no_account() {
        String email = uniqueEmail();
        UserAccount existing = existingAccountWithPassword(email);

        assertThatThrownBy(() -> accounts.signIn(person(email, false, Role.BEHEERDER)))
                .isInstanceOfSatisfying(SignInRefused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.NO_ACCOUNT);
                    assertThat(refused.account()).isEqualTo(email);
                });
        assertThat(auditActionsAbout(email)).doesNotContain("USER_PROVIDER_LINKED");
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(users.findById(existing.id()).orElseThrow().roles()).containsExactly(Role.BEHEERDER);
    }

    @Test
    void an_account_linked_to_one_person_at_the_provider_is_not_taken_by_another_with_the_same_address() {
        String email = uniqueEmail();
        accounts.signIn(person(email, true, Role.MEDEWERKER));

        assertThatThrownBy(() -> accounts.signIn(person(email, true, Role.BEHEERDER)))
                .isInstanceOfSatisfying(SignInRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NO_ACCOUNT));
    }

    @Test
    void a_sign_in_without_an_e_mail_address_gets_no_account() {
        assertThatThrownBy(() -> accounts.signIn(person(null, true, Role.MEDEWERKER)))
                .isInstanceOfSatisfying(SignInRefused.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NO_ACCOUNT));
    }

    @Test
    void an_account_made_through_the_provider_has_no_password_and_gets_no_forgotten_password_link() {
        String email = uniqueEmail();
        UserAccount made = accounts.signIn(person(email, false, Role.MEDEWERKER));

        passwords.issueReset(email, "127.0.0.1");

        assertThat(made.hasPassword()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from password_link where user_id = ?", Integer.class,
                made.id())).isZero();
        assertThat(jdbc.queryForList("select body from mail_outbox where recipient = ?", String.class, email))
                .singleElement().asString().contains("organisatie-account").doesNotContain("eerste wachtwoord");
        assertThat(auditActionsAbout(email)).containsExactly("USER_CREATED");
    }

    @Test
    void a_beheerder_adds_someone_who_will_sign_in_through_the_provider_without_any_password() {
        String email = uniqueEmail();
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount added = users.createWithoutPassword(email, "Noor de Wit", EnumSet.of(Role.HR_ADVISEUR));
        SignedIn.nobody();

        UserAccount signedIn = accounts.signIn(person(email, true, Role.HR_ADVISEUR, Role.MEDEWERKER));

        assertThat(added.hasPassword()).isFalse();
        assertThat(signedIn.id()).isEqualTo(added.id());
        assertThat(signedIn.roles()).containsExactlyInAnyOrder(Role.HR_ADVISEUR, Role.MEDEWERKER);
    }
}
