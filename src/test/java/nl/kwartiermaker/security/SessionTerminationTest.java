package nl.kwartiermaker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.AccountSessions;
import nl.kwartiermaker.user.PasswordService;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.User;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@DatabaseTest
class SessionTerminationTest {

    @Autowired
    UserService users;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    AccountSessions accountSessions;
    @Autowired
    PasswordService passwords;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
        RequestContextHolder.resetRequestAttributes();
    }

    private UserAccount signedInElsewhere(String sessionId) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser("sessie-" + UUID.randomUUID() + "@example.nl",
                "Sessie", EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        sessions.registerNewSession(sessionId, User.withUsername(account.email()).password("x").roles("MEDEWERKER")
                .build());
        return account;
    }

    @Test
    void deactivating_someone_ends_their_open_sessions() {
        String sessionId = UUID.randomUUID().toString();
        UserAccount account = signedInElsewhere(sessionId);
        users.deactivate(account.id(), account.version());
        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
    }

    @Test
    void changing_someones_roles_makes_them_sign_in_again() {
        String sessionId = UUID.randomUUID().toString();
        UserAccount account = signedInElsewhere(sessionId);
        users.update(account.id(), account.version(), account.displayName(), EnumSet.of(Role.MENTOR));
        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
    }

    @Test
    void renaming_someone_leaves_their_session_alone() {
        String sessionId = UUID.randomUUID().toString();
        UserAccount account = signedInElsewhere(sessionId);
        users.update(account.id(), account.version(), "Nieuwe naam", account.roles());
        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isFalse();
    }

    @Test
    void a_role_change_voids_the_stamp_of_every_session_other_instances_hold_and_a_rename_does_not() {
        UserAccount account = signedInElsewhere(UUID.randomUUID().toString());
        AccountSessions.Stamp signedIn = accountSessions.stampFor(account.email()).orElseThrow();

        UserAccount renamed = users.update(account.id(), account.version(), "Nieuwe naam", account.roles());
        assertThat(accountSessions.current(account.id())).contains(signedIn);

        users.update(account.id(), renamed.version(), renamed.displayName(), EnumSet.of(Role.MENTOR));
        assertThat(accountSessions.current(account.id())).isPresent().isNotEqualTo(java.util.Optional.of(signedIn));
    }

    @Test
    void a_deactivated_account_gives_no_session_a_valid_stamp() {
        UserAccount account = signedInElsewhere(UUID.randomUUID().toString());
        users.deactivate(account.id(), account.version());
        assertThat(accountSessions.current(account.id())).isEmpty();
    }

    @Test
    void a_new_own_password_keeps_the_session_it_was_changed_in_valid_on_every_instance_and_voids_the_others() {
        UserAccount account = signedInElsewhere(UUID.randomUUID().toString());
        AccountSessions.Stamp signedIn = accountSessions.stampFor(account.email()).orElseThrow();
        MockHttpSession here = new MockHttpSession();
        here.setAttribute(SessionRevocation.STAMP, signedIn);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedIn.as(account.email(), Role.MEDEWERKER);

        passwords.changeOwn("een lang wachtwoord", "een ander lang wachtwoord", "een ander lang wachtwoord");

        AccountSessions.Stamp now = accountSessions.current(account.id()).orElseThrow();
        assertThat(now).as("sessions elsewhere, stamped at sign-in, are void").isNotEqualTo(signedIn);
        assertThat(here.getAttribute(SessionRevocation.STAMP)).as("this session took the new number").isEqualTo(now);
    }
}
