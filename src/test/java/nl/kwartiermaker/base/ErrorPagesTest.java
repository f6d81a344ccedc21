package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.kwartiermaker.WebPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request that fails before Vaadin is reached gets the portal's own error page, never Spring's whitelabel page or a
 * blank one. (Failures while Vaadin builds a page or a view: DatabaseOutageJourneyTest.)
 */
@WebPortalTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    /** Spring Security's firewall refuses a path parameter before any servlet sees the request. */
    private static final String REFUSED_ADDRESS = "/kennisbank;x=y";

    @Test
    void an_address_refused_by_the_firewall_gets_the_portals_error_page_in_dutch_with_a_way_back() throws Exception {
        HttpResponse<String> page = get(REFUSED_ADDRESS, "text/html", null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nl\">", "<title>Dit verzoek kan niet worden verwerkt · "
                + "Kwartiermaker</title>", "<main>", "<h1>Dit verzoek kan niet worden verwerkt</h1>",
                "<a href=\"/\">Terug naar het overzicht</a>").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void a_browser_that_asks_for_english_gets_the_error_page_in_english() throws Exception {
        HttpResponse<String> page = get(REFUSED_ADDRESS, "text/html", "en-GB,en;q=0.8,nl;q=0.5");

        assertThat(page.body()).contains("<html lang=\"en\">", "<h1>This request cannot be handled</h1>",
                "Back to the overview");
    }

    @Test
    void a_browser_in_a_language_the_portal_does_not_speak_gets_dutch() throws Exception {
        assertThat(get(REFUSED_ADDRESS, "text/html", "fr-FR,de;q=0.5").body()).contains("<html lang=\"nl\">");
    }

    @Test
    void a_program_that_asks_for_json_keeps_a_json_answer() throws Exception {
        HttpResponse<String> answer = get(REFUSED_ADDRESS, "application/json", null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    private HttpResponse<String> get(String path, String accept, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
