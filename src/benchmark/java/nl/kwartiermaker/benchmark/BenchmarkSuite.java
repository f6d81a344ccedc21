package nl.kwartiermaker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark suite of issue 3: start-up against the floor app, page weight in Chromium, live heap per session and
 * server time and CPU per interaction, each beside a baseline measured in the same run. Prints a table and writes
 * {@code results.json}; run it with {@code bin/benchmark/run}. Arguments: portal jar, floor-app jar, output folder.
 * System properties {@code benchmark.phaseSeconds}, {@code benchmark.startupRuns}, {@code benchmark.users} and
 * {@code benchmark.sessions} shorten or lengthen a run; {@code benchmark.only=respondent-page} measures only the
 * respondent page and {@code benchmark.only=memory} only the live heap per session, on the portal alone.
 */
public final class BenchmarkSuite {

    /** Issue 3's first targets. */
    record Goal(String goal, String measured, boolean met) {
    }

    record Results(Instant measuredAt, String machine, StartupBenchmark.Result portalStartup,
                   StartupBenchmark.Result floorStartup, double startupRatio,
                   List<PageWeightBenchmark.Result> pageWeight, RespondentPageBenchmark.Result respondentPage,
                   List<MemoryBenchmark.Result> memory, List<InteractionBenchmark.Result> interactions,
                   List<Goal> goals) {
    }

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws IOException {
        Path portalJar = Path.of(args[0]);
        Path floorJar = Path.of(args[1]);
        Path output = Files.createDirectories(Path.of(args[2]));
        Duration phase = Duration.ofSeconds(Integer.getInteger("benchmark.phaseSeconds", 15));
        int startupRuns = Integer.getInteger("benchmark.startupRuns", 5);
        List<Integer> userCounts = numbers(System.getProperty("benchmark.users", "50,200"));
        List<Integer> sessionCounts = numbers(System.getProperty("benchmark.sessions", "100,500"));
        long began = System.nanoTime();
        if ("memory".equals(System.getProperty("benchmark.only"))) {
            try (ServerProcess portal = ServerProcess.start("portal", portalJar, 18101, "login")
                    .awaitDemoAccounts()) {
                log("memory per session: " + sessionCounts);
                List<MemoryBenchmark.Result> memory = new MemoryBenchmark(portal)
                        .run(sessionCounts.get(0), sessionCounts.get(1));
                memory.forEach(m -> System.out.printf("%-24s N=%-4d %7.0f KB per session, %5.1f x login%n", m.view(),
                        m.sessions(), m.kbPerSession(), m.ratio()));
            }
            return;
        }
        if ("respondent-page".equals(System.getProperty("benchmark.only"))) {
            try (ServerProcess portal = ServerProcess.start("portal", portalJar, 18101, "login")
                    .awaitDemoAccounts()) {
                log("respondent page in Chromium");
                System.out.println(Report.respondentPage(new RespondentPageBenchmark(portal, output).measure()));
            }
            return;
        }

        StartupBenchmark startup = new StartupBenchmark();
        log("start-up: portal and floor app, " + startupRuns + " times each");
        startup.run(portalJar, floorJar, startupRuns, 18101, 18102);
        try (ServerProcess portal = startup.portal; ServerProcess floor = startup.floor) {
            log("page weight in Chromium");
            PageWeightBenchmark weight = new PageWeightBenchmark(portal, output);
            List<PageWeightBenchmark.Result> pages = List.of(weight.loginPage(), weight.signInToOverview());
            log("respondent page in Chromium");
            RespondentPageBenchmark.Result respondent = new RespondentPageBenchmark(portal, output).measure();
            log("memory per session: " + sessionCounts);
            List<MemoryBenchmark.Result> memory = new MemoryBenchmark(portal)
                    .run(sessionCounts.get(0), sessionCounts.get(1));
            List<InteractionBenchmark.Result> interactions = new ArrayList<>();
            InteractionBenchmark interaction = new InteractionBenchmark(portal, floor, phase);
            for (int users : userCounts) {
                log("interactions with " + users + " simulated users, " + phase.toSeconds() + " s per phase");
                interactions.addAll(interaction.run(users));
            }
            double startupRatio = startup.portalResult().medianSeconds() / startup.floorResult().medianSeconds();
            Results results = new Results(Instant.now(), machine(), startup.portalResult(), startup.floorResult(),
                    startupRatio, pages, respondent, memory, interactions,
                    goals(startupRatio, pages, respondent, memory, interactions,
                            userCounts.get(userCounts.size() - 1)));
            ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            json.writeValue(output.resolve("results.json").toFile(), results);
            System.out.println(Report.table(results));
            log("done in " + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s; "
                    + output.resolve("results.json"));
        }
    }

    static List<Goal> goals(double startupRatio, List<PageWeightBenchmark.Result> pages,
                            RespondentPageBenchmark.Result respondent, List<MemoryBenchmark.Result> memory,
                            List<InteractionBenchmark.Result> interactions, int mostUsers) {
        List<Goal> goals = new ArrayList<>();
        for (MemoryBenchmark.Result m : memory) {
            if (m.view().startsWith("Begeleiding") || m.view().startsWith("Verha")) {
                String issue = m.view().startsWith("Begeleiding") ? "issue 13" : "issue 14";
                goals.add(new Goal("live heap per " + m.view() + " session <= 300 KB (" + issue + ", N=" + m.sessions()
                        + ")", String.format("%.0f KB, %.1f x", m.kbPerSession(), m.ratio()), m.kbPerSession() <= 300));
            }
            if (m.view().startsWith("Pool")) {
                goals.add(new Goal("live heap per " + m.view() + " session <= 300 KB (issue 15, N=" + m.sessions() + ")",
                        String.format("%.0f KB, %.1f x", m.kbPerSession(), m.ratio()), m.kbPerSession() <= 300));
            }
            if (m.view().equals("Overzicht")) {
                goals.add(new Goal("live heap per Overzicht session <= 300 KB and <= 3 x login page (N=" + m.sessions()
                        + ")", String.format("%.0f KB, %.1f x", m.kbPerSession(), m.ratio()),
                        m.kbPerSession() <= 300 && m.ratio() <= 3));
            }
        }
        Map<String, InteractionBenchmark.Result> atMost = new LinkedHashMap<>();
        interactions.stream().filter(r -> r.users() == mostUsers && r.cpuMsPerInteraction() != null)
                .forEach(r -> atMost.put(r.interaction(), r));
        double trivialCpu = atMost.get("trivial click").cpuMsPerInteraction();
        for (String ordinary : List.of("navigate", "open a detail", "edit and save a page")) {
            InteractionBenchmark.Result r = atMost.get(ordinary);
            goals.add(new Goal(ordinary + ": server time p95 <= 50 ms and p99 <= 300 ms at " + mostUsers + " users",
                    String.format("p95 %.1f ms, p99 %.1f ms", r.p95Ms(), r.p99Ms()), r.p95Ms() <= 50 && r.p99Ms() <= 300));
            double perRoundTrip = r.cpuMsPerInteraction() / r.roundTrips();
            goals.add(new Goal(ordinary + ": CPU <= 5 ms and <= 3 x trivial round trip (per round trip)",
                    String.format("%.1f ms, %.1f x (%.1f ms trivial)", perRoundTrip, perRoundTrip / trivialCpu,
                            trivialCpu), perRoundTrip <= 5 && perRoundTrip / trivialCpu <= 3));
        }
        goals.add(new Goal("start-up <= 1.5 x floor app", String.format("%.2f x", startupRatio), startupRatio <= 1.5));
        PageWeightBenchmark.Result login = pages.get(0);
        goals.add(new Goal("JavaScript for the login page <= 1 MB compressed",
                String.format("%.0f KB", login.jsWireBytes() / 1024.0), login.jsWireBytes() <= 1024 * 1024));
        goals.add(new Goal("respondent page (issue 11): <= 1,500 DOM nodes, first statement and main thread <= 1.5 s, "
                + "JS no more than the login page's", String.format("%d nodes, %.0f ms, %.0f ms, %.0f KB",
                respondent.nodes(), respondent.firstQuestionMs(), respondent.mainThreadMs(),
                respondent.jsWireBytes() / 1024.0), respondent.nodes() <= 1500
                && respondent.firstQuestionMs() <= 1500 && respondent.mainThreadMs() <= 1500
                && respondent.jsWireBytes() <= login.jsWireBytes()));
        return goals;
    }

    private static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024) + " GiB, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version");
    }

    private static List<Integer> numbers(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    static void log(String message) {
        System.out.println("[benchmark] " + message);
    }
}
