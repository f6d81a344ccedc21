package nl.kwartiermaker.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, speaking Vaadin Flow's protocol as its JavaScript client does (Vaadin 25): the bootstrap page,
 * {@code ?v-r=init} for the UI's first state and security key, then UIDL round trips ({@code ?v-r=uidl}) carrying
 * {@code ui-navigate}, DOM events and property syncs. Spring Security's form sign-in and sign-out are plain form posts
 * with the CSRF token from the bootstrap page. Every request carries an {@code X-Benchmark-Step} header naming the
 * interaction it belongs to, which the server's access log records next to its processing time.
 */
final class SimulatedBrowser {

    static final String STEP_HEADER = "X-Benchmark-Step";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final AtomicLong STEP_IDS = new AtomicLong();
    /** What Flow's client reports about the browser on init; the server reads these into WebBrowser. */
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FAmsterdam&v-wn=benchmark&v-td=false"
            + "&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    private final HttpClient http;
    private final URI server;
    private UiTree tree = new UiTree();
    private String formToken = "";
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private String step = "setup";

    SimulatedBrowser(URI server) {
        this.server = server;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Names the interaction that the following requests belong to; each call starts a new one. */
    SimulatedBrowser step(String interaction) {
        this.step = interaction + "#" + STEP_IDS.incrementAndGet();
        return this;
    }

    UiTree tree() {
        return tree;
    }

    /** Opens an address as a new page: bootstrap page, the UI's initial state, then the navigation to the view. */
    String open(String path) {
        HttpResponse<byte[]> page = send(get(path));
        for (int hops = 0; page.statusCode() == 302 && hops < 5; hops++) {
            path = relative(page.headers().firstValue("Location").orElseThrow());
            page = send(get(path));
        }
        expect(page, 200, path);
        Matcher token = CSRF.matcher(text(page));
        formToken = token.find() ? token.group(1) : "";
        String location = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        HttpResponse<byte[]> init = send(get("?v-r=init&location=" + encode(location) + "&query=" + encode(query)
                + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis()));
        expect(init, 200, "init");
        JsonNode config = JSON.readTree(text(init)).get("appConfig");
        JsonNode uidl = config.get("uidl");
        tree = new UiTree();
        tree.apply(uidl);
        uiId = config.get("v-uiId").asInt();
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        return rpc(event(1, "ui-navigate", Map.of("route", "/" + location, "query", query, "appShellTitle", "",
                "historyState", Map.of("idx", 0), "trigger", "")));
    }

    /** Follows a link inside the portal: the same UI shows another view. */
    String navigate(String route) {
        return rpc(event(1, "ui-navigate", Map.of("route", route, "query", "", "appShellTitle", "",
                "historyState", Map.of("idx", 1), "trigger", "client")));
    }

    String click(int node) {
        return rpc(event(node, "click", tree.eventData(node, "click")));
    }

    /** Types a new value into a field: the value sync and the event it travels with, as the client sends them. */
    String type(int node, String value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        String event = tree.listensTo(node, "input") ? "input" : "change";
        return rpc(sync, event(node, event, tree.eventData(node, event)));
    }

    /** Signs in through the login form; afterwards the browser shows where the portal sends it. */
    String signIn(String email, String password) {
        HttpResponse<byte[]> answer = send(form("login", Map.of("_csrf", formToken, "username", email,
                "password", password)));
        String target = answer.headers().firstValue("Location").orElse("");
        // Every simulated user signs in to the same account, so under load more than the throttle's limit of attempts
        // for one account can be in progress at once; a person would try again a moment later, and so does this.
        for (int retry = 0; target.contains("throttled") && retry < 240; retry++) {
            try {
                Thread.sleep(250 + java.util.concurrent.ThreadLocalRandom.current().nextInt(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = send(form("login", Map.of("_csrf", formToken, "username", email, "password", password)));
            target = answer.headers().firstValue("Location").orElse("");
        }
        if (answer.statusCode() != 302 || target.contains("/login")) { // refused, throttled or CSRF-rejected
            throw new IllegalStateException("Sign-in as " + email + " failed: " + answer.statusCode() + " " + target);
        }
        unload();
        return open(relative(target));
    }

    /** Signs out through Spring Security's sign-out form, which ends the HTTP session and its Vaadin UIs. */
    void signOut() {
        HttpResponse<byte[]> answer = send(form("logout", Map.of("_csrf", formToken)));
        expect(answer, 302, "logout");
        uiId = -1;
    }

    /** What the client sends when the page is left: the server then forgets that UI at once. */
    private void unload() {
        if (uiId >= 0) {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
            message.putArray("rpc");
            message.put("UNLOAD", true);
            send(uidlRequest(message));
        }
    }

    private ObjectNode event(int node, String type, Map<String, ?> data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", type);
        event.set("data", JSON.valueToTree(data));
        return event;
    }

    private String rpc(ObjectNode... invocations) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        List.of(invocations).forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<byte[]> answer = send(uidlRequest(message));
        expect(answer, 200, "uidl");
        String body = text(answer);
        // Vaadin 25 answers with a plain object; older versions wrapped it as for(;;);[{...}]
        JsonNode answerJson = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        JsonNode uidl = answerJson.isArray() ? answerJson.get(0) : answerJson;
        if (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError")
                || uidl.has("resynchronize")) {
            throw new IllegalStateException("Vaadin refused the round trip: " + body.substring(0,
                    Math.min(300, body.length())));
        }
        tree.apply(uidl);
        syncId = uidl.path("syncId").asInt(syncId + 1);
        clientId = uidl.path("clientId").asInt(clientId + 1);
        return body;
    }

    private HttpRequest uidlRequest(ObjectNode message) {
        return request("?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build();
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(encode(v)));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve("/" + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "gzip").header(STEP_HEADER, step);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        try {
            byte[] body = response.body();
            if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(HttpResponse<byte[]> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of " + status);
        }
    }

    private String relative(String location) {
        String path = URI.create(location).isAbsolute() ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery())
                : location;
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
