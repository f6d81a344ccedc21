package nl.kwartiermaker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from process start to the first HTTP answer: the portal as {@code java -jar} starts it, the portal from its
 * extracted form with the JVM's AOT cache (JEP 483/514, Java 25; how an operator makes one is in the README), and the
 * floor app, taking turns so that a busy moment on the machine hits all alike. Each start has an empty database, so
 * the portal's figures include its migrations and copying the shipped knowledge-base pages. The last plain start of
 * the portal and of the floor app stay running for the other benchmarks.
 */
final class StartupBenchmark {

    record Result(String server, List<Double> secondsPerRun, double medianSeconds) {
    }

    private final List<Double> portalRuns = new ArrayList<>();
    private final List<Double> cachedRuns = new ArrayList<>();
    private final List<Double> floorRuns = new ArrayList<>();
    ServerProcess portal;
    ServerProcess floor;

    void run(Path portalJar, Path floorJar, int runs, int portalPort, int floorPort) {
        AotCache cache = AotCache.train(portalJar);
        try {
            for (int run = 1; run <= runs; run++) {
                boolean last = run == runs;
                ServerProcess started = ServerProcess.start("portal", portalJar, portalPort, "login");
                portalRuns.add(started.startup.toMillis() / 1000.0);
                if (last) {
                    portal = started;
                } else {
                    started.close();
                }
                try (ServerProcess cached = ServerProcess.start("portal-aot", cache.jar, portalPort + 2, "login",
                        cache.option())) {
                    cachedRuns.add(cached.startup.toMillis() / 1000.0);
                }
                started = ServerProcess.start("floor", floorJar, floorPort, "");
                floorRuns.add(started.startup.toMillis() / 1000.0);
                if (last) {
                    floor = started;
                } else {
                    started.close();
                }
            }
        } finally {
            cache.delete();
        }
    }

    Result portalResult() {
        return new Result("portal", portalRuns, median(portalRuns));
    }

    Result portalWithAotCacheResult() {
        return new Result("portal with AOT cache", cachedRuns, median(cachedRuns));
    }

    Result floorResult() {
        return new Result("floor", floorRuns, median(floorRuns));
    }

    double ratio() {
        return median(portalRuns) / median(floorRuns);
    }

    double ratioWithAotCache() {
        return median(cachedRuns) / median(floorRuns);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /**
     * The portal jar extracted as Spring Boot's tools jar mode does it, and an AOT cache from a training run that stops
     * once the application context has refreshed — the steps the README gives operators. The training run starts on
     * an empty database in a folder of its own, as each measured start does.
     */
    record AotCache(Path folder, Path jar, Path file) {

        static AotCache train(Path portalJar) {
            try {
                Path folder = Files.createTempDirectory("benchmark-aot");
                Path extracted = folder.resolve("application");
                java(folder, "-Djarmode=tools", "-jar", portalJar.toAbsolutePath().toString(), "extract",
                        "--destination", extracted.toString());
                Path jar = extracted.resolve(portalJar.getFileName());
                Path file = folder.resolve("kwartiermaker.aot");
                Path training = Files.createDirectories(folder.resolve("training"));
                java(training, "-XX:AOTCacheOutput=" + file, "-Dspring.context.exit=onRefresh", "-jar",
                        jar.toString(), "--server.port=0", "--server.address=127.0.0.1",
                        "--management.server.port=-1");
                if (!Files.exists(file)) {
                    throw new IllegalStateException("The training run made no AOT cache; see " + training);
                }
                return new AotCache(folder, jar, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String option() {
            return "-XX:AOTCache=" + file;
        }

        void delete() {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary folder is harmless
            }
        }

        private static void java(Path workingDirectory, String... arguments) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(workingDirectory.resolve("java.log").toFile()).start();
            try {
                if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", arguments) + " failed; see "
                            + workingDirectory.resolve("java.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
