package nl.kwartiermaker.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time from process start to the first HTTP answer, portal and floor app taking turns so that a busy moment on the
 * machine hits both alike. Each start has an empty database, so the portal's figure includes its migrations and
 * copying the shipped knowledge-base pages. The last start of each stays running for the other benchmarks.
 */
final class StartupBenchmark {

    record Result(String server, List<Double> secondsPerRun, double medianSeconds) {
    }

    private final List<Double> portalRuns = new ArrayList<>();
    private final List<Double> floorRuns = new ArrayList<>();
    ServerProcess portal;
    ServerProcess floor;

    void run(Path portalJar, Path floorJar, int runs, int portalPort, int floorPort) {
        for (int run = 1; run <= runs; run++) {
            boolean last = run == runs;
            ServerProcess started = ServerProcess.start("portal", portalJar, portalPort, "login");
            portalRuns.add(started.startup.toMillis() / 1000.0);
            if (last) {
                portal = started;
            } else {
                started.close();
            }
            started = ServerProcess.start("floor", floorJar, floorPort, "");
            floorRuns.add(started.startup.toMillis() / 1000.0);
            if (last) {
                floor = started;
            } else {
                started.close();
            }
        }
    }

    Result portalResult() {
        return new Result("portal", portalRuns, median(portalRuns));
    }

    Result floorResult() {
        return new Result("floor", floorRuns, median(floorRuns));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
