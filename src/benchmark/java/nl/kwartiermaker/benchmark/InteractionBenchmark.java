package nl.kwartiermaker.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Server time and CPU per interaction with many simulated users at once. Each user is a {@link SimulatedBrowser}
 * with its own session that repeats one interaction, with a think time of 0.5 to 1.5 s between two, until the phase
 * ends. Server time comes from Tomcat's access log (all requests of one interaction added up); CPU per interaction
 * is the server process's CPU time during the phase divided by the interactions done in it. The baseline is the
 * floor app's trivial round trip: a button click that changes a label.
 */
final class InteractionBenchmark {

    record Result(String server, String interaction, int users, int count, double p50Ms, double p95Ms, double p99Ms,
                  Double cpuMsPerInteraction, int roundTrips) {
    }

    private static final String ACCOUNT = "beheerder@demo.nl"; // may open every view and edit pages
    private static final List<String> NAVIGATION = MemoryBenchmark.MAIN_VIEWS.stream()
            .map(MemoryBenchmark.View::route).toList();

    private final ServerProcess portal;
    private final ServerProcess floor;
    private final Duration phase;

    InteractionBenchmark(ServerProcess portal, ServerProcess floor, Duration phase) {
        this.portal = portal;
        this.floor = floor;
        this.phase = phase;
    }

    List<Result> run(int users) {
        List<Result> results = new ArrayList<>();

        List<SimulatedBrowser> floorUsers = browsers(floor, users);
        Parallel.forEach(floorUsers, 8, browser -> browser.open(""));
        results.addAll(measure(floor, floorUsers, "trivial click", 1, (browser, round) -> {
            int button = browser.tree().get("vaadin-button", "Klik");
            browser.step("trivial click").click(button);
        }));
        Parallel.forEach(floorUsers, 8, browser -> browser.open("")); // a new page each, so the old UIs go

        List<SimulatedBrowser> portalUsers = browsers(portal, users);
        Parallel.forEach(portalUsers, 8, browser -> browser.open("login"));
        results.addAll(measureOnce(portalUsers, "sign-in", 4,
                browser -> browser.step("sign-in").signIn(ACCOUNT, "demo")));
        results.addAll(measure(portal, portalUsers, "navigate", 1, (browser, round) -> {
            // each user starts the round of main views at its own place: walking the list in the same order, the
            // phase reached only the first dozen of the views; after sign-in the Overzicht (the first) shows
            int start = portalUsers.indexOf(browser) % (NAVIGATION.size() - 1);
            String route = NAVIGATION.get((start + round + 1) % NAVIGATION.size());
            browser.step("navigate to /" + route).navigate(route);
        }));
        results.addAll(measure(portal, portalUsers, "open a detail", 1, (browser, round) ->
                browser.step("open a detail").navigate(DETAILS.get(round % DETAILS.size()))));

        AtomicInteger pageNumber = new AtomicInteger();
        Map<SimulatedBrowser, String> ownPages = new java.util.concurrent.ConcurrentHashMap<>();
        Parallel.forEach(portalUsers, 8, browser -> ownPages.put(browser, createPage(browser,
                "Benchmark " + users + "-" + pageNumber.incrementAndGet())));
        results.addAll(measure(portal, portalUsers, "edit and save a page", 3, (browser, round) -> {
            browser.step("edit and save a page").navigate("kennisbank/bewerken/" + ownPages.get(browser));
            UiTree tree = browser.tree();
            browser.type(tree.get("vaadin-text-area", "Tekst"), "Versie " + round + " van de tekst.");
            String answer = browser.click(tree.get("vaadin-button", "Opslaan"));
            if (!answer.contains("knowledge-body")) {
                throw new IllegalStateException("Saving did not show the page");
            }
        }));
        Parallel.forEach(portalUsers, 8, SimulatedBrowser::signOut);
        return results;
    }

    /** Pages other than the one in NAVIGATION, so that the first detail is never the page already shown. */
    private static final List<String> DETAILS = List.of("kennisbank/verkenning", "kennisbank/draagvlak",
            "kennisbank/go-no-go", "kennisbank/vijf-rollen", "kennisbank/meerwaarde");

    private static String createPage(SimulatedBrowser browser, String title) {
        browser.step("setup").navigate("kennisbank/nieuw");
        UiTree tree = browser.tree();
        browser.type(tree.get("vaadin-text-field", "Titel"), title);
        browser.type(tree.get("vaadin-text-area", "Tekst"), "Eerste versie.");
        browser.click(tree.get("vaadin-button", "Opslaan"));
        return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private List<SimulatedBrowser> browsers(ServerProcess server, int users) {
        return IntStream.range(0, users).mapToObj(i -> new SimulatedBrowser(server.address)).toList();
    }

    /** Every user repeats the interaction until the phase is over. */
    private List<Result> measure(ServerProcess server, List<SimulatedBrowser> users, String interaction,
                                 int roundTrips, BiConsumer<SimulatedBrowser, Integer> action) {
        long mark = server.accessLogMark();
        Duration cpuBefore = server.cpuTime();
        long end = System.nanoTime() + phase.toNanos();
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(users, users.size(), browser -> {
            think(0, 1000);
            for (int round = 0; System.nanoTime() < end; round++) {
                action.accept(browser, round);
                done.incrementAndGet();
                think(500, 1500);
            }
        });
        return results(server, interaction, users.size(), mark, cpuBefore, done.get(), roundTrips);
    }

    /** Every user does the interaction once, spread over the phase (used for sign-in). */
    private List<Result> measureOnce(List<SimulatedBrowser> users, String interaction, int roundTrips,
                                     java.util.function.Consumer<SimulatedBrowser> action) {
        long mark = portal.accessLogMark();
        Duration cpuBefore = portal.cpuTime();
        Parallel.forEach(users, users.size(), browser -> {
            think(0, (int) phase.toMillis());
            action.accept(browser);
        });
        return results(portal, interaction, users.size(), mark, cpuBefore, users.size(), roundTrips);
    }

    /**
     * One result for the interaction with the CPU per interaction; for navigation also one per destination
     * ("navigate to /kennisbank"), whose server times together make up the navigation's.
     */
    private static List<Result> results(ServerProcess server, String interaction, int users, long mark,
                                        Duration cpuBefore, int done, int roundTrips) {
        double cpuMs = (server.cpuTime().minus(cpuBefore).toNanos() / 1e6) / done;
        Map<String, List<Long>> times = new java.util.TreeMap<>(server.serverTimesSince(mark));
        times.keySet().removeIf(name -> !name.equals(interaction) && !name.startsWith(interaction + " to "));
        List<Long> all = times.values().stream().flatMap(List::stream).toList();
        List<Result> results = new ArrayList<>();
        results.add(result(server, interaction, users, all, cpuMs, roundTrips));
        times.forEach((name, micros) -> {
            if (!name.equals(interaction)) {
                results.add(result(server, name, users, micros, null, roundTrips));
            }
        });
        return results;
    }

    private static Result result(ServerProcess server, String name, int users, List<Long> micros, Double cpuMs,
                                 int roundTrips) {
        List<Long> sorted = micros.stream().sorted().toList();
        return new Result(server.name, name, users, sorted.size(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), cpuMs, roundTrips);
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            throw new IllegalStateException("The access log holds no server times for this interaction");
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static void think(int minMillis, int maxMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(minMillis, maxMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
