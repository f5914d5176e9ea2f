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

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged application ({@code target/counterpart.jar}, as a user would run it, on its embedded default
 * with the demo accounts) on a free port before the browser tests of a class, and stops it after them.
 */
class PackagedApplication implements BeforeAllCallback, AfterAllCallback {

    /** Generous: on a 2-core machine busy with another build, a start took 107 s where it usually takes 30. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private Process process;
    private Path log;
    private String baseUrl;

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        var jar = Path.of("target", "counterpart.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The packaged application " + jar.toAbsolutePath()
                    + " is missing: browser tests run in the verify phase, after package");
        }
        int port = freePort();
        baseUrl = "http://localhost:" + port;
        log = Files.createTempFile("counterpart-browser-app", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitHealthy();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            process.onExit().get();
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
