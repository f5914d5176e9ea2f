package org.counterpart.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code app/target/counterpart.jar}) as a child process on the {@code mysql} profile,
 * limited to {@code -Xmx512m}, with a GC log; how long it took to answer its health check.
 */
final class App {

    final Path jar;
    final Path plugin;
    final Path dir;
    final int port;
    final Map<String, String> env;
    final List<String> extraArgs;
    Process process;
    Path log;
    double startupSeconds;
    double reportedStartupSeconds = Double.NaN;
    private int starts;

    App(Path jar, Path plugin, Path dir, int port, Map<String, String> env, List<String> extraArgs) {
        this.jar = jar;
        this.plugin = plugin;
        this.dir = dir;
        this.port = port;
        this.env = env;
        this.extraArgs = extraArgs;
    }

    /** Starts the application and waits until /actuator/health answers UP; returns the seconds it took. */
    double start(boolean withPlugin) throws IOException, InterruptedException {
        starts++;
        log = dir.resolve("app-" + starts + ".log");
        var command = new ArrayList<String>(List.of("java", "-Xmx512m", "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + dir.resolve("oom-" + starts + ".hprof"),
                "-Xlog:gc:file=" + dir.resolve("gc-" + starts + ".log") + ":uptime,level,tags"));
        if ("true".equals(System.getenv("BENCH_JFR"))) {
            // BENCH_JFR=true: a Flight Recording of the whole run, to find where the time goes (jfr print / JMC).
            command.add("-XX:StartFlightRecording=filename=" + dir.resolve("app-" + starts + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        if (withPlugin) {
            command.addAll(List.of("-Dloader.path=" + plugin.toAbsolutePath(), "-cp", jar.toAbsolutePath().toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        }
        command.addAll(List.of("--spring.profiles.active=mysql", "--server.port=" + port));
        command.addAll(extraArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long begin = System.nanoTime();
        process = builder.start();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting (exit " + process.exitValue()
                        + "); see " + log);
            }
            if (System.nanoTime() - begin > Duration.ofMinutes(10).toNanos()) {
                process.destroy();
                throw new IllegalStateException("the application did not start within 10 minutes; see " + log);
            }
            try {
                var response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        startupSeconds = (System.nanoTime() - begin) / 1e9;
        var started = Pattern.compile("Started CounterpartApplication in ([0-9.]+) seconds")
                .matcher(Files.readString(log));
        reportedStartupSeconds = started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
        return startupSeconds;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    /** Whether any of the run's application logs mentions an OutOfMemoryError. */
    boolean sawOutOfMemory() throws IOException {
        try (var files = Files.list(dir)) {
            for (var f : files.filter(p -> p.getFileName().toString().matches("app-\\d+\\.log")).toList()) {
                if (Files.readString(f).contains("OutOfMemoryError")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The GC logs of the run: the most heap in use before and after a collection, in MB, and the pauses. */
    GcSummary gc() throws IOException {
        var line = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");
        var summary = new GcSummary();
        try (var files = Files.list(dir)) {
            for (var f : files.filter(p -> p.getFileName().toString().startsWith("gc-")).toList()) {
                for (var l : Files.readAllLines(f)) {
                    var m = line.matcher(l);
                    if (m.find()) {
                        summary.pauses++;
                        summary.maxBefore = Math.max(summary.maxBefore, Integer.parseInt(m.group(1)));
                        summary.maxAfter = Math.max(summary.maxAfter, Integer.parseInt(m.group(2)));
                        summary.maxCommitted = Math.max(summary.maxCommitted, Integer.parseInt(m.group(3)));
                        double ms = Double.parseDouble(m.group(4));
                        summary.totalPauseMs += ms;
                        summary.maxPauseMs = Math.max(summary.maxPauseMs, ms);
                        if (l.contains("Pause Full")) {
                            summary.full++;
                        }
                    }
                }
            }
        }
        return summary;
    }

    static final class GcSummary {
        int pauses;
        int full;
        int maxBefore;
        int maxAfter;
        int maxCommitted;
        double totalPauseMs;
        double maxPauseMs;
    }
}
