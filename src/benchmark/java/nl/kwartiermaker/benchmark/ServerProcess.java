package nl.kwartiermaker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * A production jar started as a real deployment starts it ({@code java -jar}, empty H2 file database in its own
 * folder), listening on 127.0.0.1 only. Tomcat's access log records, per request, the benchmark step header and the
 * processing time in microseconds; the process's CPU time and live heap are read from the operating system and jcmd.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final String name;
    final URI address;
    final Duration startup;
    private final Process process;
    private final Path accessLog;

    private final Path folder;

    private ServerProcess(String name, URI address, Duration startup, Process process, Path folder) {
        this.folder = folder;
        this.accessLog = folder.resolve("logs").resolve("access.log");
        this.name = name;
        this.address = address;
        this.startup = startup;
        this.process = process;
    }

    /** Starts the jar and returns once it gives its first HTTP answer on {@code firstPage}; start-up is that time. */
    static ServerProcess start(String name, Path jar, int port, String firstPage, String... jvmOptions) {
        requireProductionBuild(jar);
        try {
            Path folder = Files.createTempDirectory("benchmark-" + name);
            Path logs = Files.createDirectories(folder.resolve("logs"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            // e.g. -Dbenchmark.serverJvmArgs=-XX:StartFlightRecording=filename=/tmp/%p.jfr,settings=profile to profile
            String jvmArgs = System.getProperty("benchmark.serverJvmArgs", "").trim();
            if (!jvmArgs.isEmpty()) {
                command.addAll(List.of(jvmArgs.split("\\s+")));
            }
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                    "--server.port=" + port, "--server.address=127.0.0.1",
                    // the portal's management server (decision 0018) on a free port: 8081 may be taken on this machine
                    "--management.server.port=0",
                    "--server.tomcat.accesslog.enabled=true",
                    "--server.tomcat.accesslog.directory=" + logs,
                    "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                    "--server.tomcat.accesslog.file-date-format=", "--server.tomcat.accesslog.rotate=false",
                    "--server.tomcat.accesslog.buffered=false",
                    "--server.tomcat.accesslog.pattern=%{" + SimulatedBrowser.STEP_HEADER + "}i %s %{us}T"));
            URI address = URI.create("http://127.0.0.1:" + port + "/");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile()).start();
            while (!answers(address.resolve(firstPage))) {
                if (!process.isAlive() || System.nanoTime() - start > TimeUnit.SECONDS.toNanos(300)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(name + " did not start; see " + folder.resolve("server.log"));
                }
                Thread.sleep(50);
            }
            Duration startup = Duration.ofNanos(System.nanoTime() - start);
            return new ServerProcess(name, address, startup, process, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the demo data is written, then checks that a demo account signs in. The portal answers before its
     * demo data exists (Spring Boot runs its runners after the server starts) and reports ready only after them, so
     * the readiness probe is the signal; trying to sign in until it worked got the account throttled (five failures)
     * whenever the demo data took longer than a few seconds, as it does under a profiler.
     */
    ServerProcess awaitDemoAccounts() {
        long start = System.nanoTime();
        while (status(address.resolve("readyz")) != 200) {
            if (!process.isAlive() || System.nanoTime() - start > TimeUnit.SECONDS.toNanos(300)) {
                close();
                throw new IllegalStateException(name + " did not report ready within 300 s; see "
                        + folder.resolve("server.log"));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        SimulatedBrowser browser = new SimulatedBrowser(address);
        browser.open("login");
        browser.signIn("beheerder@demo.nl", "demo");
        browser.signOut();
        return this;
    }

    private static boolean answers(URI page) {
        return status(page) > 0;
    }

    /** The page's HTTP status, or 0 while nothing answers. */
    private static int status(URI page) {
        try {
            return PROBE.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** A development-mode jar would measure something else entirely; refuse it. */
    private static void requireProductionBuild(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String info = entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes());
            if (!info.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " is not a production build; build it with -Pproduction");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time the server process has used so far, all threads together (GC and JIT included). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** Bytes of live objects: jcmd's class histogram runs a full GC first and sums what survived. */
    long liveHeapBytes() {
        String histogram = jcmd("GC.class_histogram");
        String[] lines = histogram.strip().split("\n");
        String[] total = lines[lines.length - 1].trim().split("\\s+");
        if (!total[0].equals("Total")) {
            throw new IllegalStateException("Unexpected jcmd output: " + lines[lines.length - 1]);
        }
        return Long.parseLong(total[2]);
    }

    private String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the access log ends now; {@link #serverTimesSince} reads what was logged after it. */
    long accessLogMark() {
        try {
            return Files.exists(accessLog) ? Files.size(accessLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Server processing time per interaction logged since the mark, in microseconds, by interaction name: the
     * requests of one interaction (same step id) are added up.
     */
    Map<String, List<Long>> serverTimesSince(long mark) {
        try {
            byte[] all = Files.readAllBytes(accessLog);
            String text = new String(all, (int) mark, all.length - (int) mark);
            Map<String, Long> perStep = new HashMap<>();
            for (String line : text.split("\n")) {
                // "<step name>#<id> <status> <microseconds>"; step names contain spaces
                String[] fields = line.trim().split(" ");
                String step = String.join(" ", java.util.Arrays.copyOf(fields, Math.max(0, fields.length - 2)));
                if (step.contains("#")) {
                    perStep.merge(step, Long.parseLong(fields[fields.length - 1]), Long::sum);
                }
            }
            Map<String, List<Long>> perInteraction = new HashMap<>();
            perStep.forEach((step, micros) -> perInteraction
                    .computeIfAbsent(step.substring(0, step.lastIndexOf('#')), k -> new ArrayList<>()).add(micros));
            return perInteraction;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
