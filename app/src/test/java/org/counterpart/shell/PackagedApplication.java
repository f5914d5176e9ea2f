package org.counterpart.shell;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.testing.PersonalData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged application ({@code target/counterpart.jar}, as a user would run it) on a free port and stops
 * it. As a JUnit extension it runs the embedded default with the demo accounts for the browser tests of a class;
 * with arguments of its own ({@link #withArguments}) it is one of several instances of the application that a test
 * starts against the same database and broker. Stopped, its log is read for personal data ({@link PersonalData}).
 */
class PackagedApplication implements BeforeAllCallback, AfterAllCallback {

    /** Generous: on a 2-core machine busy with another build, a start took 107 s where it usually takes 30. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    /**
     * The embedded default with the demo data, one instance for every class that registers it: started by the first,
     * stopped when the whole run ends. For journeys that look only at what they make or at demo records no other
     * journey changes; a journey that counts demo figures (the dashboard's) keeps an instance of its own. Plan imports
     * are never waited for ({@code answer-within=0s}): the planning journeys go through the import's progress page, as
     * a large file's does; no other journey imports a plan.
     */
    private static final PackagedApplication SHARED_DEMO = new PackagedApplication("counterpart-shared-browser-app",
            List.of(), List.of("--counterpart.planning.import.answer-within=0s"), true);

    private final String name;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final boolean shared;
    private Process process;
    private Path log;
    private String baseUrl;

    /** The embedded default, for the browser tests. */
    PackagedApplication() {
        this("counterpart-browser-app", List.of(), List.of(), false);
    }

    private PackagedApplication(String name, List<String> jvmOptions, List<String> arguments, boolean shared) {
        this.name = name;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
        this.shared = shared;
    }

    /** The demo instance the classes that register it share ({@link #SHARED_DEMO}). */
    static PackagedApplication sharedDemo() {
        return SHARED_DEMO;
    }

    /** An instance named {@code name} (its log file is named after it) started with these JVM options and arguments. */
    static PackagedApplication withArguments(String name, List<String> jvmOptions, List<String> arguments) {
        return new PackagedApplication(name, jvmOptions, arguments, false);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** What the instance has written to its standard output and error so far. */
    Path log() {
        return log;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!shared) {
            start();
            return;
        }
        // Kept in the run's root store, which closes it (stops the instance) when every test has run.
        context.getRoot().getStore(ExtensionContext.Namespace.create(PackagedApplication.class))
                .computeIfAbsent(name, key -> {
                    try {
                        start();
                    } catch (Exception e) {
                        throw new IllegalStateException("The shared application " + name + " did not start", e);
                    }
                    return (AutoCloseable) this::stop;
                });
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!shared) {
            stop();
        }
    }

    /** Starts the jar on a free port and waits until its health answers UP. */
    void start() throws Exception {
        var jar = Path.of("target", "counterpart.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The packaged application " + jar.toAbsolutePath()
                    + " is missing: tests that start it run in the verify phase, after package");
        }
        int port = freePort();
        baseUrl = "http://localhost:" + port;
        log = Files.createTempFile(name, ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitHealthy();
    }

    /** Stops the instance (a graceful shutdown) and waits for it to end. */
    void stop() throws Exception {
        end(false);
    }

    /**
     * Kills the instance as {@code kill -9} does (SIGKILL: no shutdown hook runs, open transactions are cut) and waits
     * for it to end. {@link #start()} starts it again, on a new port and with a log file of its own.
     */
    void kill() throws Exception {
        end(true);
    }

    private void end(boolean forcibly) throws Exception {
        if (process != null) {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            process.onExit().get();
            process = null;
            personalDataNotLogged();
        }
    }

    /** The instance's log holds no national ID number or phone number, whatever the tests made it do. */
    private void personalDataNotLogged() throws IOException {
        var leaks = PersonalData.in(Files.readString(log));
        if (!leaks.isEmpty()) {
            throw new AssertionError("personal data reached the log of " + name + " (" + log + "): " + leaks);
        }
    }

    private void awaitHealthy() throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + tail());
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not become healthy within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
