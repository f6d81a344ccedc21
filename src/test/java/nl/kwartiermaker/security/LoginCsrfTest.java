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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.WebPortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF: another site must not be able to sign a visitor's browser in to an account of its choosing (the visitor
 * would then enter their own data into the attacker's account). The form is posted over real HTTP as a browser would.
 */
@WebPortalTest
@Tag("database")
class LoginCsrfTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String ELSEWHERE = "http://evil.example";

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_posted_from_another_site_without_the_token_signs_nobody_in() throws Exception {
        HttpClient visitor = browser();
        get(visitor, "/login"); // the visitor has the portal's login page open in another tab
        HttpResponse<String> answer = post(visitor, "/login", form("beheerder@demo.nl", "demo", null), ELSEWHERE);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(isSignedIn(visitor)).isFalse();
    }

    @Test
    void a_sign_in_posted_from_another_site_to_a_first_time_visitor_signs_nobody_in() throws Exception {
        HttpClient visitor = browser();
        HttpResponse<String> answer = post(visitor, "/login", form("beheerder@demo.nl", "demo", null), ELSEWHERE);

        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(isSignedIn(visitor)).isFalse();
    }

    @Test
    void a_token_from_the_attackers_own_session_does_not_sign_in_the_visitor() throws Exception {
        String attackersToken = tokenFrom(browser());
        HttpClient visitor = browser();
        get(visitor, "/login");
        HttpResponse<String> answer = post(visitor, "/login", form("beheerder@demo.nl", "demo", attackersToken),
                ELSEWHERE);

        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(isSignedIn(visitor)).isFalse();
    }

    @Test
    void the_login_form_with_its_own_token_signs_in() throws Exception {
        HttpClient person = browser();
        String token = tokenFrom(person);
        HttpResponse<String> answer = post(person, "/login", form("medewerker@demo.nl", "demo", token), null);

        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        assertThat(isSignedIn(person)).isTrue();
    }

    @Test
    void signing_out_without_the_token_is_refused_with_the_portals_error_page_and_the_person_stays_signed_in()
            throws Exception {
        HttpClient person = browser();
        post(person, "/login", form("medewerker@demo.nl", "demo", tokenFrom(person)), null);
        assertThat(isSignedIn(person)).isTrue();

        HttpResponse<String> answer = post(person, "/logout", "", ELSEWHERE);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("<html lang=\"nl\">", "<h1>Geen toegang</h1>",
                "Terug naar het overzicht").doesNotContain("Whitelabel");
        assertThat(isSignedIn(person)).isTrue();
    }

    private boolean isSignedIn(HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> page = get(client, "/kennisbank");
        return page.statusCode() == 200;
    }

    private String tokenFrom(HttpClient client) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(client, "/login").body());
        assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    private static String form(String email, String password, String token) {
        return "username=" + encode(email) + "&password=" + encode(password)
                + (token == null ? "" : "&_csrf=" + encode(token));
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String body, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin).header("Referer", origin + "/prijsvraag");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
