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
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.MutableClock;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.WebPortalTest;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/** Signs in over real HTTP, the way the login form does, to check throttling, its message and its audit trail. */
@WebPortalTest
@Tag("database")
class LoginThrottlingTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AuditService audit;
    @Autowired
    MutableClock clock;
    @Autowired
    UserService users;
    @Autowired
    LoginAttemptRepository attempts;

    @AfterEach
    void leaveTheThrottlingWindow() {
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        SignedIn.nobody();
    }

    @Test
    void six_wrong_passwords_throttle_the_account_even_for_the_right_password_and_the_audit_log_shows_it()
            throws Exception {
        String account = newAccount("geraden");
        HttpClient browser = browser();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(signIn(browser, account, "fout-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(browser, account, "nog-steeds-fout")).endsWith("/login?throttled");
        assertThat(signIn(browser(), account, PASSWORD)).endsWith("/login?throttled");

        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var lines = audit.search(new AuditService.Filter(EnumSet.of(AuditAction.LOGIN_FAILED,
                AuditAction.LOGIN_THROTTLED), account, clock.instant().minusSeconds(60),
                clock.instant().plusSeconds(60)), Pageable.ofSize(50));
        assertThat(lines).filteredOn(e -> e.getAction() == AuditAction.LOGIN_FAILED).hasSize(5);
        assertThat(lines).filteredOn(e -> e.getAction() == AuditAction.LOGIN_THROTTLED).hasSize(2)
                .allSatisfy(e -> assertThat(e.getResult()).isEqualTo(AuditEvent.Result.DENIED));
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.getClientAddress()).isNotBlank();
            assertThat(e.getDetail() == null ? "" : e.getDetail()).doesNotContain("fout", "demo");
        });

        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        assertThat(signIn(browser(), account, PASSWORD)).doesNotContain("/login");
    }

    @Test
    void five_failures_from_one_address_throttle_other_accounts_from_there_too() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            signIn(browser(), "onbekend-" + i + "@example.nl", "fout");
        }
        assertThat(signIn(browser(), "hr@demo.nl", "demo")).endsWith("/login?throttled");
    }

    @Test
    void a_password_typed_into_the_address_field_is_neither_logged_nor_stored() throws Exception {
        String typed = "MijnGeheim-" + System.nanoTime();
        assertThat(signIn(browser(), typed, "demo")).endsWith("/login?error");
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var lines = audit.search(new AuditService.Filter(EnumSet.of(AuditAction.LOGIN_FAILED), "",
                clock.instant().minusSeconds(60), clock.instant().plusSeconds(60)), Pageable.ofSize(100));
        assertThat(lines).isNotEmpty().noneSatisfy(e -> assertThat(e.getActor() + e.getObject()).contains(typed));
        assertThat(lines).anySatisfy(e -> assertThat(e.getActor()).isEqualTo(ThrottledAuthenticationProvider.UNKNOWN_ACCOUNT));
        assertThat(attempts.findAll()).noneSatisfy(a -> assertThat(a.toString()).contains(typed));
    }

    @Test
    void a_burst_of_parallel_guesses_gets_only_a_few_checked_and_then_blocks_the_account() throws Exception {
        int burst = 40;
        List<java.util.concurrent.CompletableFuture<String>> guesses = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < burst; i++) {
                int n = i;
                guesses.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return signIn(browser(), "coordinator@demo.nl", "gok-" + n);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
        }
        List<String> outcomes = guesses.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        // the most a burst can get checked: guesses while fewer than five failures are recorded, each wave at most
        // the limit of attempts in progress
        int mostChecked = LoginThrottle.MAX_FAILURES - 1 + LoginThrottle.MAX_IN_PROGRESS;
        assertThat(outcomes.stream().filter(o -> o.endsWith("/login?error")).count())
                .isLessThanOrEqualTo(mostChecked);
        assertThat(outcomes.stream().filter(o -> o.endsWith("/login?throttled")).count())
                .isGreaterThanOrEqualTo(burst - mostChecked);
        assertThat(signIn(browser(), "coordinator@demo.nl", "demo")).as("blocked after the burst")
                .endsWith("/login?throttled");
    }

    @Test
    void people_signing_in_to_one_account_at_the_same_moment_all_get_in() throws Exception {
        List<java.util.concurrent.CompletableFuture<String>> signIns = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 12; i++) {
                signIns.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return signIn(browser(), "ervaringsdeskundige@demo.nl", "demo");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
        }
        assertThat(signIns.stream().map(java.util.concurrent.CompletableFuture::join))
                .allSatisfy(target -> assertThat(target).doesNotContain("/login"));
    }

    @Test
    void a_successful_sign_in_is_audited_and_lands_on_the_portal() throws Exception {
        String account = newAccount("welkom");
        assertThat(signIn(browser(), account, PASSWORD)).doesNotContain("/login");
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        // an account nobody else signs in to, so this line can only be this sign-in's
        assertThat(audit.search(new AuditService.Filter(EnumSet.of(AuditAction.LOGIN_SUCCEEDED), account,
                clock.instant().minusSeconds(60), clock.instant().plusSeconds(60)), Pageable.ofSize(5)))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(account));
    }

    private static final String PASSWORD = "een lang wachtwoord";

    /** An account of this test's own, with {@link #PASSWORD}. */
    private String newAccount(String name) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        String email = name + "-" + System.nanoTime() + "@example.nl";
        users.create(new UserService.NewUser(email, name, EnumSet.of(Role.MEDEWERKER), PASSWORD));
        SignedIn.nobody();
        return email;
    }

    @Test
    void a_deactivated_account_cannot_sign_in() throws Exception {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        var account = users.create(new UserService.NewUser(
                "weg-" + System.nanoTime() + "@example.nl", "Weg", EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        users.deactivate(account.id(), account.version());
        SignedIn.nobody();
        assertThat(signIn(browser(), account.email(), "een lang wachtwoord")).endsWith("/login?error");
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Returns where the portal sends the browser after the form is posted. */
    private String signIn(HttpClient browser, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
