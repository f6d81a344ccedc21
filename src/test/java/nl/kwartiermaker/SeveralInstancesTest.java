package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.RetentionJob;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.knowledge.KnowledgeService;
import nl.kwartiermaker.knowledge.PageContent;
import nl.kwartiermaker.notification.OutboxDelivery;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the portal on one database, as behind a load balancer (issue 19, decision 0016). Both start at the
 * same moment on an empty schema, which they must build once, one after the other; then mail, sessions,
 * scheduled jobs and knowledge pages must behave as on one instance. On MariaDB (execution "mariadb") the two share
 * their own database, named after the test database with {@code _nodes} ({@code bin/test} creates it); in the H2 run
 * they share an in-memory H2 database of this JVM, so the locks are proven on both.
 */
@Tag("database")
class SeveralInstancesTest {

    private static final String BEHEERDER = "beheerder@twee-instanties.nl";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(10);

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @BeforeAll
    static void startTwoInstancesAtOnceOnAnEmptyDatabase() throws Exception {
        String url = emptySharedDatabase();
        ExecutorService starting = Executors.newFixedThreadPool(2);
        // two applications setting up the JVM's one logging system at the same moment broke its patterns for every
        // later test in this JVM; the two instances log through the set-up that is already there
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            Future<ConfigurableApplicationContext> a = starting.submit(() -> start(url));
            Future<ConfigurableApplicationContext> b = starting.submit(() -> start(url));
            nodeA = a.get();
            nodeB = b.get();
        } finally {
            starting.shutdown();
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + url,
                // the MariaDB run drops the shared test schema first; these two must not drop each other's
                "--spring.liquibase.drop-first=false",
                "--server.port=0",
                "--kwartiermaker.sessions.check-interval=" + CHECK_INTERVAL,
                // both instances are given the first Beheerder, as a real set-up would
                "--KWARTIERMAKER_ADMIN_EMAIL=" + BEHEERDER,
                "--KWARTIERMAKER_ADMIN_PASSWORD=een lang wachtwoord"));
        if (!url.startsWith("jdbc:mariadb:")) {
            arguments.add("--spring.datasource.username=sa");
            arguments.add("--spring.datasource.password=");
        }
        return new SpringApplicationBuilder(KwartiermakerApplication.class, TestClockConfig.class)
                .run(arguments.toArray(String[]::new));
    }

    /** The MariaDB run's database with "_nodes" added, emptied; or a fresh in-memory H2 database. */
    private static String emptySharedDatabase() throws Exception {
        String tests = System.getProperty("spring.datasource.url", "");
        Matcher mariadb = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]+)(.*)").matcher(tests);
        if (!mariadb.matches()) {
            return "jdbc:h2:mem:several-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        String name = mariadb.group(2) + "_nodes";
        String url = mariadb.group(1) + name + mariadb.group(3);
        try (Connection connection = DriverManager.getConnection(url,
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
             Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists `" + name + "`");
            sql.execute("create database `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        return url;
    }

    @Test
    void both_instances_started_together_on_an_empty_database_and_built_it_once() {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        Integer changeSets = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
        Integer distinct = jdbc.queryForObject(
                "select count(*) from (select distinct ID, AUTHOR, FILENAME from DATABASECHANGELOG) d", Integer.class);
        assertThat(changeSets).isEqualTo(distinct);
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG where ID = '0042-several-instances'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from portal_user where email = ?", Integer.class, BEHEERDER))
                .as("one first Beheerder, though both instances were told to make one").isEqualTo(1);
    }

    @Test
    void with_both_instances_dispatching_at_once_every_mail_in_the_outbox_arrives_exactly_once() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int count = 60;
        clocksAtTheRealTime();
        for (int i = 0; i < count; i++) {
            OutboxDelivery.queue(i % 2 == 0 ? nodeA : nodeB, "ontvanger-" + run + "-" + i + "@example.nl",
                    "Bericht " + i, "Tekst " + i);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(nodeA.getEnvironment().getRequiredProperty("spring.mail.port")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clocksAtTheRealTime(); // every mail is due on both
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            together(node -> {
                // the dispatcher's turn comes every few seconds on each instance; here as fast as they can. A turn
                // that finds the other instance dispatching is skipped, so each goes on until nothing is due.
                while (OutboxDelivery.anyDue(node) && System.nanoTime() < deadline) {
                    OutboxDelivery.dispatchOnce(node);
                }
                return null;
            });
            Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
                    .map(SeveralInstancesTest::recipient).filter(to -> to.contains(run))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perRecipient).hasSize(count);
            assertThat(perRecipient.values()).containsOnly(1L);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void a_person_deactivated_on_one_instance_is_signed_out_on_the_other_within_the_check_interval()
            throws Exception {
        clocksAtTheRealTime();
        SignedIn.as(BEHEERDER, Role.BEHEERDER);
        String email = "sessie-" + UUID.randomUUID() + "@example.nl";
        UserAccount person = nodeA.getBean(UserService.class).create(new UserService.NewUser(email, "Sam Sessie",
                EnumSet.of(Role.MEDEWERKER), "een lang wachtwoord"));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        signIn(browser, nodeB, email, "een lang wachtwoord");
        assertThat(page(browser, nodeB).statusCode()).as("signed in on B").isEqualTo(200);

        nodeA.getBean(UserService.class).deactivate(person.id(), person.version());
        nodeB.getBean(MutableClock.class).advance(CHECK_INTERVAL);

        HttpResponse<String> next = page(browser, nodeB);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        HttpResponse<String> after = page(browser, nodeB);
        assertThat(after.headers().firstValue("Location").orElse("")).as("still signed out").contains("/login");
    }

    @Test
    void the_nightly_retention_job_started_on_both_instances_at_once_runs_once() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String lines = "select count(*) from audit_event where action = 'RETENTION_APPLIED'";
        Integer before = jdbc.queryForObject(lines, Integer.class);

        together(node -> {
            node.getBean(RetentionJob.class).run();
            return null;
        });

        assertThat(jdbc.queryForObject(lines, Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void a_knowledge_page_edited_on_one_instance_shows_the_new_text_on_the_other() {
        SignedIn.as(BEHEERDER, Role.BEHEERDER);
        KnowledgeService onA = nodeA.getBean(KnowledgeService.class);
        KnowledgeService onB = nodeB.getBean(KnowledgeService.class);
        KnowledgeService.Page page = onA.create(new PageContent("Twee instanties " + UUID.randomUUID(), "",
                "De **oude** tekst.", List.of()));
        // B reads and renders it first, so whatever B keeps of it is there when A changes it
        assertThat(renderedOnB(onB, page.slug())).contains("<strong>oude</strong>");

        onA.update(page.slug(), page.version(), new PageContent(page.content().title(), "", "De **nieuwe** tekst.",
                List.of()));

        assertThat(renderedOnB(onB, page.slug())).contains("<strong>nieuwe</strong>").doesNotContain("oude");
    }

    /** The test clocks stand still where they were set; each instance's own, so both are set. */
    private static void clocksAtTheRealTime() {
        nodeA.getBean(MutableClock.class).reset();
        nodeB.getBean(MutableClock.class).reset();
    }

    private static String renderedOnB(KnowledgeService onB, String slug) {
        return nodeB.getBean(SafeMarkdown.class).toSafeHtml(onB.page(slug).orElseThrow().content().body(),
                java.util.Locale.of("nl"));
    }

    /** Runs the work on both instances at the same moment and waits for both. */
    private static void together(Function<ConfigurableApplicationContext, Void> work) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                Callable<Void> task = () -> {
                    go.await();
                    return work.apply(node);
                };
                done.add(threads.submit(task));
            }
            go.countDown();
            for (Future<Void> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signIn(HttpClient browser, ConfigurableApplicationContext node, String email,
                               String password) throws Exception {
        Matcher csrf = CSRF.matcher(get(browser, node, "/login").body());
        assertThat(csrf.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(url(node, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    private static HttpResponse<String> page(HttpClient browser, ConfigurableApplicationContext node)
            throws Exception {
        return get(browser, node, "/kennisbank");
    }

    private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(url(node, path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
