package nl.kwartiermaker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.IdentityProvider;
import nl.kwartiermaker.OidcPortalTest;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in through an identity provider, over real HTTP as a browser does it: the portal sends the browser to an
 * OpenID Connect provider running in this JVM (mock-oauth2-server), which sends it back with a code that the portal
 * exchanges for a signed ID token. The portal here offers no password sign-in ({@link OidcPortalTest}).
 */
@OidcPortalTest
class OidcSignInTest {

    private static final String ISSUER_ID = IdentityProvider.ISSUER_ID;
    private static final MockOAuth2Server PROVIDER = IdentityProvider.SERVER;
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A person at the provider: their subject there, e-mail address and groups. */
    private record Person(String subject, String email, List<String> groups) {

        static Person inGroups(String... groups) {
            String id = UUID.randomUUID().toString();
            return new Person(id, "sso-" + id + "@organisatie.example", List.of(groups));
        }

        Person inGroupsNow(String... newGroups) {
            return new Person(subject, email, List.of(newGroups));
        }

        Map<String, Object> claims() {
            Map<String, Object> claims = new HashMap<>();
            claims.put("email", email);
            claims.put("email_verified", true);
            claims.put("name", "Sam " + subject.substring(0, 8));
            claims.put("groups", groups);
            return claims;
        }
    }

    @Test
    void a_first_sign_in_makes_the_account_with_the_mapped_roles_and_no_password() throws Exception {
        Person sam = Person.inGroups("portal-medewerkers", "kantine-commissie");
        HttpClient browser = browser();

        String landing = signIn(browser, sam, Map.of());

        assertThat(landing).doesNotContain("/login");
        assertThat(isSignedIn(browser)).isTrue();
        UserAccount account = accountOf(sam);
        assertThat(account.roles()).containsExactly(Role.MEDEWERKER);
        assertThat(account.hasPassword()).isFalse();
        assertThat(account.displayName()).isEqualTo("Sam " + sam.subject().substring(0, 8));
        assertThat(auditActionsAbout(sam.email())).containsSubsequence("USER_CREATED", "LOGIN_SUCCEEDED");
    }

    @Test
    void a_second_sign_in_uses_the_same_account_and_its_roles_follow_the_provider() throws Exception {
        Person sam = Person.inGroups("portal-medewerkers");
        HttpClient first = browser();
        signIn(first, sam, Map.of());
        long id = accountOf(sam).id();

        HttpClient second = browser();
        signIn(second, sam.inGroupsNow("portal-medewerkers", "portal-buddies"), Map.of());

        assertThat(isSignedIn(second)).isTrue();
        UserAccount account = accountOf(sam);
        assertThat(account.id()).isEqualTo(id);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.MEDEWERKER, Role.MENTOR);
        assertThat(auditActionsAbout(sam.email())).containsSubsequence("USER_CREATED", "LOGIN_SUCCEEDED",
                "USER_ROLES_CHANGED", "LOGIN_SUCCEEDED");
        // the session that still had the old roles ends, as after a Beheerder's change of roles
        assertThat(isSignedIn(first)).isFalse();
    }

    @Test
    void deactivating_someone_ends_their_session_and_the_provider_cannot_sign_them_in_again() throws Exception {
        Person sam = Person.inGroups("portal-medewerkers");
        HttpClient browser = browser();
        signIn(browser, sam, Map.of());
        assertThat(isSignedIn(browser)).isTrue();

        UserAccount account = accountOf(sam);
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        users.deactivate(account.id(), account.version());
        SignedIn.nobody();

        assertThat(isSignedIn(browser)).isFalse();
        String landing = signIn(browser(), sam, Map.of());
        assertThat(landing).endsWith("/login?sso-deactivated");
        assertThat(auditActionsAbout(sam.email())).endsWith("LOGIN_FAILED");
    }

    @Test
    void someone_whose_groups_give_no_portal_role_is_refused_and_gets_no_account() throws Exception {
        Person visitor = Person.inGroups("kantine-commissie");
        HttpClient browser = browser();

        String landing = signIn(browser, visitor, Map.of());

        assertThat(landing).endsWith("/login?sso-norole");
        assertThat(isSignedIn(browser)).isFalse();
        assertThat(accountExists(visitor)).isFalse();
        assertThat(auditActionsAbout(visitor.email())).containsExactly("LOGIN_FAILED");
    }

    @Test
    void an_id_token_from_another_issuer_signs_nobody_in() throws Exception {
        assertRefused(Map.of("iss", "https://elders.example/realms/andere-organisatie"), "invalid_id_token");
    }

    @Test
    void an_id_token_for_another_client_signs_nobody_in() throws Exception {
        assertRefused(Map.of("aud", List.of("een-andere-applicatie")), "invalid_id_token");
    }

    @Test
    void an_id_token_with_another_nonce_signs_nobody_in() throws Exception {
        // a token the provider issued for another sign-in (replayed, or injected into this browser's flow)
        assertRefused(Map.of("nonce", "nonce-van-een-andere-aanmelding"), "invalid_nonce");
    }

    /** The provider signed these tokens with its own key: only the portal's checks of the claims refuse them. */
    private void assertRefused(Map<String, Object> tampered, String reason) throws Exception {
        Person sam = Person.inGroups("portal-medewerkers");
        HttpClient browser = browser();

        String landing = signIn(browser, sam, tampered);

        assertThat(landing).endsWith("/login?sso-error");
        assertThat(isSignedIn(browser)).isFalse();
        assertThat(accountExists(sam)).isFalse();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'LOGIN_FAILED' order by id desc"
                + " fetch first 1 rows only", String.class)).isEqualTo("oidc: " + reason);
    }

    @Test
    void signing_out_ends_the_session_at_the_provider_too_and_comes_back_to_the_login_page() throws Exception {
        Person sam = Person.inGroups("portal-medewerkers");
        HttpClient browser = browser();
        signIn(browser, sam, Map.of());
        String token = csrfToken(get(browser, "/kennisbank").body());

        HttpResponse<String> answer = post(browser, "/logout", "_csrf=" + encode(token));

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(PROVIDER.endSessionEndpointUrl(ISSUER_ID).toString())
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        assertThat(isSignedIn(browser)).isFalse();
    }

    /** That the login page then shows no fields is in LoginViewTest; Vaadin builds it after the page has loaded. */
    @Test
    void without_password_sign_in_a_posted_password_is_not_found() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> page = get(browser, "/login");
        String token = csrfToken(page.body());

        HttpResponse<String> answer = post(browser, "/login",
                "username=" + encode("beheerder@demo.nl") + "&password=demo&_csrf=" + encode(token));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(isSignedIn(browser)).isFalse();
    }

    /**
     * The whole authorization-code flow as a browser follows it: the portal's start address, the provider (which
     * signs in without asking, as after an earlier sign-in there), the portal's return address. {@code tampered}
     * claims replace the ones the provider would put in the ID token. Returns where the portal sends the browser.
     */
    private String signIn(HttpClient browser, Person person, Map<String, Object> tampered) throws Exception {
        Map<String, Object> claims = new HashMap<>(person.claims());
        claims.putAll(tampered);
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, person.subject(), "JWT", null, claims,
                3600));
        String toProvider = redirectOf(get(browser, "/oauth2/authorization/oidc"));
        assertThat(toProvider).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString())
                .contains("nonce=").contains("code_challenge=");
        String back = redirectOf(send(browser, URI.create(toProvider)));
        assertThat(back).startsWith("http://localhost:" + port + "/login/oauth2/code/oidc");
        return redirectOf(send(browser, URI.create(back)));
    }

    private UserAccount accountOf(Person person) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        try {
            return users.findByEmail(person.email()).orElseThrow();
        } finally {
            SignedIn.nobody();
        }
    }

    private boolean accountExists(Person person) {
        return jdbc.queryForObject("select count(*) from portal_user where email = ?", Integer.class,
                person.email()) > 0;
    }

    private List<String> auditActionsAbout(String email) {
        return jdbc.queryForList("select action from audit_event where object_ref = ? order by id", String.class,
                email);
    }

    private boolean isSignedIn(HttpClient browser) throws IOException, InterruptedException {
        return get(browser, "/kennisbank").statusCode() == 200;
    }

    private static String csrfToken(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    private static String redirectOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("a redirect").isBetween(301, 303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return send(browser, URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpClient browser, URI address)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(address).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String body)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
