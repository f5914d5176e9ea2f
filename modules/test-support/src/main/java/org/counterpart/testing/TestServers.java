package org.counterpart.testing;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The servers the tests of this JVM talk to, chosen once: Testcontainers where a Docker engine answers, otherwise
 * the servers named by environment variables, otherwise (only when not required) the embedded fallback.
 *
 * <table>
 * <tr><th>variable</th><th>meaning</th></tr>
 * <tr><td>{@code COUNTERPART_TEST_DB_URL}, {@code …_DB_USERNAME}, {@code …_DB_PASSWORD}</td>
 *     <td>a MySQL-compatible server (JDBC URL of an existing database)</td></tr>
 * <tr><td>{@code COUNTERPART_TEST_DB_REQUIRED=true}</td><td>never fall back to H2: fail instead</td></tr>
 * <tr><td>{@code COUNTERPART_TEST_RABBIT_HOST}, {@code …_PORT}, {@code …_USERNAME}, {@code …_PASSWORD}</td>
 *     <td>a RabbitMQ broker</td></tr>
 * <tr><td>{@code COUNTERPART_TEST_RABBIT_REQUIRED=true}</td><td>tests needing a broker fail instead of being
 *     skipped when there is none</td></tr>
 * </table>
 */
public final class TestServers {

    private static final Logger LOG = LoggerFactory.getLogger(TestServers.class);

    static Function<String, String> environment = System::getenv;
    static BooleanSupplier dockerCheck = TestServers::dockerAnswers;

    private static Database database;
    private static Optional<Broker> broker;
    private static Boolean docker;

    private TestServers() {
    }

    /** Where the database is and what kind of server it is. */
    public record Database(String url, String username, String password, String origin) {

        public boolean isEmbedded() {
            return url.startsWith("jdbc:h2:");
        }
    }

    /** Where the broker is. */
    public record Broker(String host, int port, String username, String password, String origin) {
    }

    public static synchronized Database database() {
        if (database == null) {
            database = chooseDatabase();
            LOG.info("Tests use the database at {} ({})", database.url(), database.origin());
        }
        return database;
    }

    /** The broker, or empty when none is reachable and none is required. */
    public static synchronized Optional<Broker> broker() {
        if (broker == null) {
            broker = chooseBroker();
            broker.ifPresentOrElse(b -> LOG.info("Tests use RabbitMQ at {}:{} ({})", b.host(), b.port(), b.origin()),
                    () -> LOG.warn("No RabbitMQ for these tests: broker tests are skipped"));
        }
        return broker;
    }

    public static boolean databaseRequired() {
        return flag("COUNTERPART_TEST_DB_REQUIRED");
    }

    public static boolean brokerRequired() {
        return flag("COUNTERPART_TEST_RABBIT_REQUIRED");
    }

    static Database chooseDatabase() {
        if (dockerAvailable()) {
            var mysql = new MySQLContainer("mysql:8.4").withDatabaseName("counterpart_test")
                    .withUrlParam("characterEncoding", "UTF-8").withCommand("--character-set-server=utf8mb4",
                            "--collation-server=utf8mb4_unicode_ci");
            mysql.start();
            return new Database(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword(), "Testcontainers MySQL 8.4");
        }
        var url = env("COUNTERPART_TEST_DB_URL");
        if (url != null) {
            return new Database(url, orDefault("COUNTERPART_TEST_DB_USERNAME", "root"),
                    orDefault("COUNTERPART_TEST_DB_PASSWORD", ""), "COUNTERPART_TEST_DB_URL");
        }
        if (databaseRequired()) {
            throw new IllegalStateException("COUNTERPART_TEST_DB_REQUIRED is set, but there is no Docker engine "
                    + "and COUNTERPART_TEST_DB_URL names no server: the tests need a real MySQL-compatible server");
        }
        return new Database("jdbc:h2:mem:counterpart-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "", "embedded H2 fallback");
    }

    static Optional<Broker> chooseBroker() {
        if (dockerAvailable()) {
            var rabbit = new RabbitMQContainer("rabbitmq:4-management");
            rabbit.start();
            return Optional.of(new Broker(rabbit.getHost(), rabbit.getAmqpPort(), rabbit.getAdminUsername(),
                    rabbit.getAdminPassword(), "Testcontainers RabbitMQ 4"));
        }
        var host = env("COUNTERPART_TEST_RABBIT_HOST");
        if (host != null) {
            var port = Integer.parseInt(orDefault("COUNTERPART_TEST_RABBIT_PORT", "5672"));
            if (!reachable(host, port) && brokerRequired()) {
                throw new IllegalStateException("COUNTERPART_TEST_RABBIT_REQUIRED is set, but RabbitMQ at %s:%d does "
                        + "not answer".formatted(host, port));
            }
            return Optional.of(new Broker(host, port, orDefault("COUNTERPART_TEST_RABBIT_USERNAME", "guest"),
                    orDefault("COUNTERPART_TEST_RABBIT_PASSWORD", "guest"), "COUNTERPART_TEST_RABBIT_HOST"));
        }
        if (brokerRequired()) {
            throw new IllegalStateException("COUNTERPART_TEST_RABBIT_REQUIRED is set, but there is no Docker engine "
                    + "and COUNTERPART_TEST_RABBIT_HOST names no broker");
        }
        return Optional.empty();
    }

    /** 32 bytes, base64: the key the tests seal national ID numbers with. Not a secret, and used nowhere else. */
    public static final String TEST_NATIONAL_ID_KEY = "Y291bnRlcnBhcnQgdGVzdHM6IG5vdCBhIHNlY3JldCE=";

    /** Spring properties pointing the application under test at the chosen servers. */
    public static Map<String, Object> springProperties() {
        var db = database();
        var properties = new java.util.LinkedHashMap<String, Object>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password());
        if (db.url().startsWith("jdbc:mysql:") || db.url().startsWith("jdbc:mariadb:")) {
            // Connector/J as the mysql profile sets it (application-mysql.yml).
            var connectorJ = "spring.datasource.hikari.data-source-properties.";
            properties.put(connectorJ + "useLocalSessionState", "true");
            properties.put(connectorJ + "readOnlyPropagatesToServer", "false");
            properties.put(connectorJ + "rewriteBatchedStatements", "true");
        }
        broker().ifPresentOrElse(b -> {
            properties.put("spring.rabbitmq.host", b.host());
            properties.put("spring.rabbitmq.port", b.port());
            properties.put("spring.rabbitmq.username", b.username());
            properties.put("spring.rabbitmq.password", b.password());
            properties.put("management.health.rabbit.enabled", true);
        }, () -> properties.put("management.health.rabbit.enabled", false));
        // The tests' own key for national ID numbers, so that students sealed in one run open in the next.
        properties.put("counterpart.enrolment.national-id-key", TEST_NATIONAL_ID_KEY);
        return properties;
    }

    private static synchronized boolean dockerAvailable() {
        if (docker == null) {
            docker = dockerCheck.getAsBoolean();
        }
        return docker;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** Forgets the choice, so a test of the choosing can choose again. */
    static synchronized void reset() {
        database = null;
        broker = null;
        docker = null;
    }

    private static boolean reachable(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean flag(String name) {
        var value = env(name);
        return value != null && value.trim().toLowerCase(Locale.ROOT).matches("true|1|yes");
    }

    private static String orDefault(String name, String fallback) {
        var value = env(name);
        return value == null ? fallback : value;
    }

    private static String env(String name) {
        var value = environment.apply(name);
        return value == null || value.isBlank() ? null : value;
    }
}
