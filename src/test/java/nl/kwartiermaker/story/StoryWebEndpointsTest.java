package nl.kwartiermaker.story;

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
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.WebPortalTest;
import nl.kwartiermaker.base.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The picture and feed addresses over real HTTP: who gets an answer, and with which headers. */
@WebPortalTest
class StoryWebEndpointsTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    StoryImageService images;
    @Autowired
    StoryFeedService feeds;
    @Autowired
    StoryFixture fixture;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    String storedPicture() {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        Story story = fixture.draft(1L, "Web");
        Story withImage = images.attach(story.getId(), story.getVersion(), "foto.png", TestPictures.png(600, 400),
                "Een foto");
        SignedIn.nobody();
        return withImage.getImageName();
    }

    @Test
    void a_picture_is_served_with_its_type_nosniff_and_cache_headers_to_someone_signed_in() throws Exception {
        String name = storedPicture();
        HttpClient person = signedIn();

        HttpResponse<byte[]> answer = person.send(HttpRequest.newBuilder(url("/verhalen/afbeelding/" + name
                + "?w=480")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).isIn("image/png", "image/jpeg");
        assertThat(answer.headers().allValues("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("private", "max-age");
        assertThat(answer.body()).isNotEmpty();

        HttpResponse<byte[]> unknown = person.send(HttpRequest.newBuilder(url("/verhalen/afbeelding/onbekend"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void a_picture_is_refused_to_anyone_not_signed_in() throws Exception {
        String name = storedPicture();

        HttpResponse<byte[]> answer = browser().send(HttpRequest.newBuilder(url("/verhalen/afbeelding/" + name))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isNotEqualTo(200);
        assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1)).doesNotContain("PNG", "JFIF");
    }

    @Test
    void the_feed_without_a_session_needs_the_token() throws Exception {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        feeds.makePublic(false);
        String token = feeds.newToken();
        SignedIn.nobody();

        HttpResponse<String> without = get(browser(), "/verhalen/feed.atom");
        HttpResponse<String> wrong = get(browser(), "/verhalen/feed.atom?token=" + "x".repeat(43));
        HttpResponse<String> with = get(browser(), "/verhalen/feed.atom?token=" + token);

        assertThat(without.statusCode()).isEqualTo(404);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(with.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(with.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    private HttpClient signedIn() throws IOException, InterruptedException {
        HttpClient person = browser();
        Matcher csrf = CSRF.matcher(get(person, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + encode("medewerker@demo.nl") + "&password=demo&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> login = person.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        return person;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
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
