package nl.kwartiermaker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.kwartiermaker.DatabaseTest;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserEvents.PasswordLinkIssued;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Own password (issue 17, point 2) on the real database: the rules for a new password, changing it with the current
 * one, and links to set one — stored only as a hash, single-use, short-lived, replaced by a newer one, never telling
 * whether an address has an account — with sessions, login throttling and the audit log following each change.
 */
@DatabaseTest
@RecordApplicationEvents
class PasswordServiceTest {

    private static final String OLD = "een lang wachtwoord";
    private static final String NEW = "mijn fiets is blauw en snel";

    @Autowired
    PasswordService passwords;
    @Autowired
    UserService users;
    @Autowired
    PortalUserRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private UserAccount person;

    @BeforeEach
    void aPersonWithAPassword() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        person = users.create(new UserService.NewUser("wachtwoord-" + UUID.randomUUID() + "@example.nl",
                "Sam de Vries", EnumSet.of(Role.MEDEWERKER), OLD));
        SignedIn.nobody();
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        SignedIn.nobody();
    }

    private String hashOf(long userId) {
        return accounts.findById(userId).orElseThrow().getPasswordHash();
    }

    private boolean hasPassword(String password) {
        return encoder.matches(password, hashOf(person.id()));
    }

    private String refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    private List<PasswordLinkIssued> linksMailedTo(String email) {
        return events.stream(PasswordLinkIssued.class).filter(e -> e.email().equals(email)).toList();
    }

    private String lastTokenMailedTo(String email) {
        List<PasswordLinkIssued> issued = linksMailedTo(email);
        assertThat(issued).isNotEmpty();
        String link = issued.getLast().link();
        assertThat(link).contains("/wachtwoord-instellen/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Mails about a password queued for this address. */
    private int mailsTo(String email) {
        // not the welcome mail that creating the account sent
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Integer.class, email, "%wachtwoord%");
    }

    private List<String> auditActionsAbout(String email) {
        return jdbc.queryForList("select action from audit_event where object_ref = ? order by id", String.class,
                email);
    }

    /**
     * What the background thread does after "wachtwoord vergeten", here on the test's thread so that the test sees
     * the events; that the page hands the work to that thread is tested below.
     */
    private void forgotten(String email) {
        passwords.issueReset(PortalUser.normalise(email), "192.0.2.7");
    }

    @Test
    void a_new_password_is_long_enough_and_not_a_common_one_even_with_digits_or_symbols_added() {
        assertThat(refusal(() -> PasswordRules.check("kort"))).isEqualTo("user.error.password");
        assertThat(refusal(() -> PasswordRules.check("é".repeat(40)))).isEqualTo("user.error.password.long");
        for (String common : List.of("qwertyuiop123", "Password12345", "Welkom2026!!", "wachtwoord2026",
                "123456789012", "aaaaaaaaaaaa", "!!Kwartiermaker1", "iloveyou1234")) {
            assertThat(refusal(() -> PasswordRules.check(common))).as(common).isEqualTo("user.error.password.common");
        }
        PasswordRules.check(NEW);
        PasswordRules.check("correct horse battery staple");
        PasswordRules.check("Ik drink 's ochtends thee");
    }

    @Test
    void a_beheerder_cannot_type_a_common_password_for_someone_either() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(refusal(() -> users.resetPassword(person.id(), person.version(), "Welkom123456")))
                .isEqualTo("user.error.password.common");
    }

    @Test
    void changing_your_own_password_needs_your_current_one() {
        TestSession.as(person);
        assertThat(refusal(() -> passwords.changeOwn("niet mijn wachtwoord", NEW, NEW)))
                .isEqualTo("password.error.current");
        assertThat(refusal(() -> passwords.changeOwn("", NEW, NEW))).isEqualTo("password.error.current");
        assertThat(hasPassword(OLD)).isTrue();
    }

    @Test
    void five_wrong_current_passwords_make_changing_it_wait_fifteen_minutes_even_with_the_right_one() {
        TestSession.as(person);
        for (int i = 0; i < PasswordService.MAX_WRONG_CURRENT; i++) {
            assertThat(refusal(() -> passwords.changeOwn("geraden " + UUID.randomUUID(), NEW, NEW)))
                    .isEqualTo("password.error.current");
        }
        assertThat(refusal(() -> passwords.changeOwn(OLD, NEW, NEW))).isEqualTo("password.error.throttled");
        assertThat(hasPassword(OLD)).isTrue();

        clock.advance(PasswordService.WRONG_CURRENT_WINDOW.plusMinutes(1));
        passwords.changeOwn(OLD, NEW, NEW);
        assertThat(hasPassword(NEW)).isTrue();
    }

    @Test
    void your_new_password_is_typed_twice_the_same_differs_from_the_current_one_and_is_not_common() {
        TestSession.as(person);
        assertThat(refusal(() -> passwords.changeOwn(OLD, NEW, NEW + "x"))).isEqualTo("password.error.repeat");
        assertThat(refusal(() -> passwords.changeOwn(OLD, OLD, OLD))).isEqualTo("password.error.same");
        assertThat(refusal(() -> passwords.changeOwn(OLD, "Zomer2026!!!", "Zomer2026!!!")))
                .isEqualTo("user.error.password.common");
        assertThat(refusal(() -> passwords.changeOwn(OLD, "te kort", "te kort"))).isEqualTo("user.error.password");
        assertThat(hasPassword(OLD)).isTrue();
    }

    @Test
    void changing_your_own_password_ends_your_other_sessions_keeps_this_one_and_is_audited_without_the_password() {
        String here = "hier-" + UUID.randomUUID();
        String elsewhere = "elders-" + UUID.randomUUID();
        register(here);
        register(elsewhere);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, here));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        TestSession.as(person);

        passwords.changeOwn(OLD, NEW, NEW);

        assertThat(hasPassword(NEW)).isTrue();
        assertThat(sessions.getSessionInformation(elsewhere).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(here).isExpired()).isFalse();
        assertThat(auditActionsAbout(person.email())).contains("USER_PASSWORD_CHANGED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ? or detail like ?",
                Integer.class, "%" + NEW + "%", "%" + OLD + "%")).isZero();
    }

    @Test
    void forgotten_password_mails_a_link_that_sets_a_new_password_once() {
        forgotten(person.email().toUpperCase());

        String token = lastTokenMailedTo(person.email());
        assertThat(mailsTo(person.email())).isOne();
        // only a hash is at rest: neither the link's table nor the outbox holds the token in the clear
        assertThat(jdbc.queryForList("select token_hash from password_link where user_id = ?", String.class,
                person.id())).containsExactly(PasswordService.hash(token)).doesNotContain(token);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where body like ? or secret like ?",
                Integer.class, "%" + token + "%", "%" + token + "%")).isZero();
        assertThat(passwords.isUsable(token)).isTrue();

        passwords.setWithLink(token, NEW, NEW);

        assertThat(hasPassword(NEW)).isTrue();
        assertThat(passwords.isUsable(token)).isFalse();
        assertThat(refusal(() -> passwords.setWithLink(token, "nog een ander lang wachtwoord",
                "nog een ander lang wachtwoord"))).isEqualTo("password.link.error.invalid");
        assertThat(hasPassword(NEW)).isTrue();
        assertThat(auditActionsAbout(person.email())).contains("PASSWORD_LINK_SENT", "USER_PASSWORD_SET_BY_LINK");
        assertThat(jdbc.queryForList("select client_address from audit_event where object_ref = ? and action = ?",
                String.class, person.email(), "PASSWORD_LINK_SENT")).containsExactly("192.0.2.7");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail_nor_link() {
        String unknown = "niemand-" + UUID.randomUUID() + "@example.nl";
        long linksBefore = jdbc.queryForObject("select count(*) from password_link", Long.class);

        for (String typed : List.of(unknown, "geen adres", "", "x".repeat(300))) {
            passwords.requestReset(typed);
        }
        passwords.awaitRequests();

        assertThat(linksMailedTo(unknown)).isEmpty();
        assertThat(mailsTo(unknown)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from password_link", Long.class)).isEqualTo(linksBefore);
        assertThat(auditActionsAbout(unknown)).isEmpty();
    }

    @Test
    void a_deactivated_account_gets_no_mail_and_its_open_link_stops_working() {
        forgotten(person.email());
        String token = lastTokenMailedTo(person.email());
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        users.deactivate(person.id(), person.version());
        SignedIn.nobody();
        clock.advance(Duration.ofMinutes(6));

        forgotten(person.email());

        assertThat(linksMailedTo(person.email())).hasSize(1);
        assertThat(mailsTo(person.email())).isOne();
        assertThat(refusal(() -> passwords.setWithLink(token, NEW, NEW))).isEqualTo("password.link.error.invalid");
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        assertThat(refusal(() -> passwords.sendSetPasswordLink(person.id()))).isEqualTo("password.link.error.inactive");
    }

    @Test
    void the_page_hands_wachtwoord_vergeten_to_the_background_which_issues_the_link() {
        passwords.requestReset(" " + person.email().toUpperCase() + " ");
        passwords.awaitRequests();

        assertThat(jdbc.queryForObject("select count(*) from password_link where user_id = ? and purpose = 'RESET'",
                Integer.class, person.id())).isOne();
        assertThat(mailsTo(person.email())).isOne();
    }

    @Test
    void a_forgotten_password_link_works_for_thirty_minutes() {
        forgotten(person.email());
        String token = lastTokenMailedTo(person.email());

        clock.advance(Duration.ofMinutes(29));
        assertThat(passwords.isUsable(token)).isTrue();
        clock.advance(Duration.ofMinutes(2));

        assertThat(passwords.isUsable(token)).isFalse();
        assertThat(refusal(() -> passwords.setWithLink(token, NEW, NEW))).isEqualTo("password.link.error.invalid");
        assertThat(hasPassword(OLD)).isTrue();
    }

    @Test
    void asking_again_within_five_minutes_sends_no_second_mail_and_after_that_a_new_link_replaces_the_old() {
        forgotten(person.email());
        String first = lastTokenMailedTo(person.email());
        clock.advance(Duration.ofMinutes(2));
        forgotten(person.email());
        forgotten(person.email());
        assertThat(linksMailedTo(person.email())).hasSize(1);
        assertThat(mailsTo(person.email())).isOne();

        clock.advance(Duration.ofMinutes(4));
        forgotten(person.email());

        String second = lastTokenMailedTo(person.email());
        assertThat(second).isNotEqualTo(first);
        assertThat(mailsTo(person.email())).isEqualTo(2);
        assertThat(passwords.isUsable(first)).isFalse();
        assertThat(refusal(() -> passwords.setWithLink(first, NEW, NEW))).isEqualTo("password.link.error.invalid");
        passwords.setWithLink(second, NEW, NEW);
        assertThat(hasPassword(NEW)).isTrue();
    }

    @Test
    void a_refused_password_leaves_the_link_usable() {
        forgotten(person.email());
        String token = lastTokenMailedTo(person.email());

        assertThat(refusal(() -> passwords.setWithLink(token, "welkom123456", "welkom123456")))
                .isEqualTo("user.error.password.common");
        assertThat(refusal(() -> passwords.setWithLink(token, NEW, NEW + "!"))).isEqualTo("password.error.repeat");

        assertThat(passwords.isUsable(token)).isTrue();
        assertThat(hasPassword(OLD)).isTrue();
    }

    @Test
    void setting_a_password_through_a_link_ends_every_session_and_lifts_the_sign_in_block() {
        String session = "sessie-" + UUID.randomUUID();
        register(session);
        String account = accountKey(person.email());
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into login_failure (account, client_address, failed_at, pending) values (?, ?, ?, false)",
                    account, "10.0.0." + i, java.sql.Timestamp.from(clock.instant()));
        }
        forgotten(person.email());

        passwords.setWithLink(lastTokenMailedTo(person.email()), NEW, NEW);

        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from login_failure where account = ?", Integer.class, account))
                .isZero();
    }

    @Test
    void a_beheerder_adds_someone_with_a_link_that_works_for_seven_days_and_can_send_a_new_one() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String email = "nieuw-" + UUID.randomUUID() + "@example.nl";
        UserAccount added = users.createWithPasswordLink(email, "Noor Bakker", EnumSet.of(Role.MENTOR));
        String first = lastTokenMailedTo(email);
        assertThat(linksMailedTo(email).getLast().byBeheerder()).isTrue();
        users.sendSetPasswordLink(added.id());
        String second = lastTokenMailedTo(email);
        SignedIn.nobody();

        assertThat(passwords.isUsable(first)).isFalse();
        clock.advance(Duration.ofDays(6));
        assertThat(passwords.isUsable(second)).isTrue();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(passwords.isUsable(second)).isFalse();
        assertThat(jdbc.queryForList("select actor from audit_event where object_ref = ? and action = ?",
                String.class, email, "PASSWORD_LINK_SENT")).containsExactly("beheerder@demo.nl", "beheerder@demo.nl");
    }

    @Test
    void only_a_beheerder_sends_a_link_for_someone_else() {
        TestSession.as(person);
        assertThatThrownBy(() -> passwords.sendSetPasswordLink(person.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignedIn.nobody();
        assertThatThrownBy(() -> users.sendSetPasswordLink(person.id()))
                .isInstanceOfAny(org.springframework.security.core.AuthenticationException.class,
                        org.springframework.security.access.AccessDeniedException.class);
    }

    private void register(String sessionId) {
        sessions.registerNewSession(sessionId, User.withUsername(person.email()).password("x").roles("MEDEWERKER")
                .build());
    }

    /** The login throttle's key for an account: the SHA-256 of the address, as LoginThrottle keeps it. */
    private static String accountKey(String email) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(email.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in as the test's person. */
    private static final class TestSession {
        static void as(UserAccount account) {
            SignedIn.as(account.email(), Role.MEDEWERKER);
        }
    }
}
