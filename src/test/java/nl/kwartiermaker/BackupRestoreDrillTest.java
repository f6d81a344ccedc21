package nl.kwartiermaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.decision.GoNoGoService;
import nl.kwartiermaker.mentoring.CheckInService;
import nl.kwartiermaker.mentoring.MentoringOverviewService;
import nl.kwartiermaker.mentoring.MentorshipService;
import nl.kwartiermaker.readiness.RoundOverview;
import nl.kwartiermaker.readiness.RoundState;
import nl.kwartiermaker.readiness.ScanResults;
import nl.kwartiermaker.readiness.ScanResultsService;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionStatus;
import nl.kwartiermaker.roledescription.RoleDescriptionSummary;
import nl.kwartiermaker.story.FeaturedLine;
import nl.kwartiermaker.story.StoryConsentService;
import nl.kwartiermaker.story.StoryLibraryService;
import nl.kwartiermaker.traject.TrajectService;
import nl.kwartiermaker.traject.TrajectSummary;
import nl.kwartiermaker.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;

/**
 * The backup drill of docs/deployment.md, run for real: the database the suite filled through the services (the demo
 * runners' users, trajecten with checklist progress, a go/no-go decision, a sealed scan round with answers, role
 * descriptions with versions, published stories with consent, Begeleiding's register, mentorships and check-ins,
 * and whatever the tests before this one added) is dumped as an operator would (MariaDB: {@code mariadb-dump
 * --single-transaction}; H2: {@code SCRIPT TO}, which {@code bin/backup} uses), loaded into a database that is
 * dropped and created anew, and a second portal started on that copy alone must find every record as the first one
 * sees it. A backup nobody has restored is a hope, not a backup.
 */
@DatabaseTest
class BackupRestoreDrillTest {

    @Autowired
    ApplicationContext portal;
    @Autowired
    Environment environment;

    @TempDir
    Path folder;

    @Test
    void a_dump_loaded_into_a_fresh_database_starts_the_portal_with_every_record_intact() throws Exception {
        Map<String, Object> seenBefore = records(portal);
        BackupTarget original = BackupTarget.of(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        Map<String, String> tablesBefore = original.tableFingerprints();

        Path dump = folder.resolve("kwartiermaker-backup.sql");
        original.dump(dump);
        // the suite's own database stays for the tests after this one; the copy goes to a database dropped and
        // created anew, and the second portal knows only that one, as after losing the original
        BackupTarget copy = original.restoreTarget();
        copy.dropAndCreate();
        copy.load(dump);

        // byte for byte the same rows in every table, Liquibase's own bookkeeping included
        assertThat(copy.tableFingerprints()).isEqualTo(tablesBefore);
        long changeSetsApplied = copy.count("DATABASECHANGELOG");

        try (ConfigurableApplicationContext restored = startPortalOn(copy)) {
            assertThat(copy.count("DATABASECHANGELOG"))
                    .as("Liquibase found every change set of the backup applied and ran none")
                    .isEqualTo(changeSetsApplied);
            String port = restored.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);

            // what shows depends on the time (a story's window, a check-in that became overdue): the restored portal
            // reads at the moment the first one did, whose test clock stands still
            restored.getBean(MutableClock.class).setTo(portal.getBean(MutableClock.class).instant());
            Map<String, Object> seenAfter = records(restored);
            // open answers carry no sequence (decision 0005), so two with the same text come in no fixed order
            assertThat(seenAfter).usingRecursiveComparison()
                    .ignoringCollectionOrderInFields("sealedScanResultsWithAnswers.openAnswers")
                    .isEqualTo(seenBefore);
        } finally {
            copy.drop();
        }
    }

    /**
     * The portal as a node of a restored installation starts it: its own application context on the copy, with a web
     * server, no demo runners and no dropping of the schema (the MariaDB pass sets that for the shared test database).
     * Command-line arguments outrank the pass's system properties.
     */
    private ConfigurableApplicationContext startPortalOn(BackupTarget copy) {
        return new SpringApplicationBuilder(KwartiermakerApplication.class, TestClockConfig.class)
                .profiles("test")
                .run("--spring.datasource.url=" + copy.jdbcUrl(),
                        "--spring.datasource.username=" + copy.user(),
                        "--spring.datasource.password=" + copy.password(),
                        "--spring.liquibase.drop-first=false",
                        "--server.port=0",
                        "--spring.mail.port=" + environment.getProperty("spring.mail.port"));
    }

    /**
     * What the portal shows of each kind of record, read through its services as someone who may see it all. Records
     * and plain values only, so the two portals' answers compare field by field.
     */
    private static Map<String, Object> records(ApplicationContext context) {
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER, Role.PROJECTLEIDER, Role.HR_ADVISEUR, Role.COORDINATOR,
                Role.MEDEWERKER);
        try {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("users", context.getBean(UserService.class).search("", PageRequest.of(0, 10_000)));

            TrajectService trajecten = context.getBean(TrajectService.class);
            List<TrajectSummary> allTrajecten = new ArrayList<>(
                    trajecten.list(new TrajectService.Filter(null, null, false, false)));
            allTrajecten.addAll(trajecten.list(new TrajectService.Filter(null, null, false, true)));
            seen.put("trajectenWithChecklistProgress", allTrajecten);

            GoNoGoService decisions = context.getBean(GoNoGoService.class);
            ScanRoundService rounds = context.getBean(ScanRoundService.class);
            ScanResultsService results = context.getBean(ScanResultsService.class);
            List<Object> decisionLines = new ArrayList<>();
            List<RoundOverview> roundLines = new ArrayList<>();
            List<ScanResults> sealedResults = new ArrayList<>();
            for (TrajectSummary traject : allTrajecten) {
                decisions.history(traject.id()).forEach(d -> decisionLines.add(List.of(d.getId(), d.getTrajectId(),
                        d.getOutcome(), d.getRationale(), String.valueOf(d.getConditions()), d.getDecisionMakers(),
                        d.getDecidedOn(), String.valueOf(d.getReviewDate()), d.getRecordedBy(), d.getRecordedAt(),
                        List.copyOf(d.getPreconditions()), List.copyOf(d.getMotives()))));
                for (RoundOverview round : rounds.rounds(traject.id())) {
                    roundLines.add(round);
                    if (round.state() == RoundState.CLOSED) {
                        sealedResults.add(results.results(round.id()));
                    }
                }
            }
            seen.put("goNoGoDecisions", decisionLines);
            seen.put("scanRounds", roundLines);
            seen.put("sealedScanResultsWithAnswers", sealedResults);

            RoleDescriptionService roleDescriptions = context.getBean(RoleDescriptionService.class);
            List<RoleDescriptionSummary> descriptions =
                    roleDescriptions.list(RoleDescriptionService.Filter.none(), 0, 10_000);
            seen.put("roleDescriptions", descriptions);
            seen.put("roleDescriptionContents", descriptions.stream()
                    .map(d -> roleDescriptions.content(d.id())).toList());

            StoryLibraryService library = context.getBean(StoryLibraryService.class);
            StoryConsentService consent = context.getBean(StoryConsentService.class);
            List<Object> stories = new ArrayList<>();
            List<Object> consents = new ArrayList<>();
            StoryLibraryService.LibraryPage page;
            int number = 0;
            do {
                page = library.library(new StoryLibraryService.Filter(null, null, ""), number++);
                for (StoryLibraryService.Card card : page.cards()) {
                    stories.add(library.story(card.slug()).orElseThrow());
                    for (FeaturedLine line : consent.page(card.id()).everyone()) {
                        consents.add(List.of(card.id(), line.person().getId(), String.valueOf(line.person().getName()),
                                line.state(), String.valueOf(line.takenByName())));
                    }
                }
            } while (page.more());
            seen.put("publishedStories", stories);
            seen.put("consentOfThePeopleInThem", consents);

            // Begeleiding is the coordinator's: its services ask the account's own roles, not the sign-in's
            SignedIn.as("coordinator@demo.nl", Role.COORDINATOR, Role.MEDEWERKER);
            var overview = context.getBean(MentoringOverviewService.class).coordinatorOverview();
            seen.put("begeleidingRegisterAndSupport", overview);
            MentorshipService mentorships = context.getBean(MentorshipService.class);
            CheckInService checkIns = context.getBean(CheckInService.class);
            List<Object> support = new ArrayList<>();
            List<Object> loggedCheckIns = new ArrayList<>();
            for (var expert : overview.experts()) {
                mentorships.support(expert.id()).current().forEach(line -> support.add(List.of(expert.id(),
                        line.mentorship().getId(), line.mentorship().getKind(), line.mentorship().getStatus(),
                        String.valueOf(line.mentorship().getStartedOn()), line.supporterName())));
                loggedCheckIns.addAll(checkIns.history(expert.id()).checkIns());
            }
            seen.put("mentorships", support);
            seen.put("checkIns", loggedCheckIns);

            // the drill proves nothing about a kind of record the database did not hold
            seen.forEach((kind, value) -> assertThat(value).as(kind).isNotNull());
            for (String kind : List.of("users", "trajectenWithChecklistProgress", "goNoGoDecisions",
                    "sealedScanResultsWithAnswers", "roleDescriptions", "publishedStories",
                    "consentOfThePeopleInThem", "mentorships", "checkIns")) {
                assertThat((List<?>) seen.get(kind)).as(kind).isNotEmpty();
            }
            assertThat(overview.experts()).as("experts in the register").isNotEmpty();
            assertThat(allTrajecten).as("a traject with checklist progress")
                    .anySatisfy(traject -> assertThat(traject.overall().done()).isPositive());
            assertThat(sealedResults).as("a sealed round with answers").anySatisfy(round -> {
                assertThat(round.released()).isTrue();
                assertThat(round.totalResponses()).isPositive();
                assertThat(round.openAnswers()).isNotEmpty();
            });
            assertThat(descriptions).as("an adopted role description version")
                    .anySatisfy(d -> assertThat(d.status()).isEqualTo(RoleDescriptionStatus.ADOPTED));
            return seen;
        } finally {
            SignedIn.nobody();
        }
    }
}
