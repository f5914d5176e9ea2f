package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.counterpart.testing.TcpProxy;
import org.counterpart.testing.TestServers;
import org.counterpart.testing.WebVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * The database goes away while people work, and comes back. The application reaches MariaDB through a
 * {@link TcpProxy} that the test closes — refusing new connections and cutting the pooled ones, as a failed server
 * or network does — and opens again. While it is away every request is answered, within the pool's wait (1 s here; 10 s as shipped),
 * with 503 and "try again": the API as JSON, pages as a page, health DOWN; nothing half-written stays. A 3,000-row
 * plan import cut in the middle leaves none of its rows. Once the database is back, the same session and the same
 * calls work again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.hikari.connection-timeout=1000",
                "counterpart.planning.import.answer-within=0s" })
@DirtiesContext
class DatabaseOutageIntegrationTests {

    static final TestServers.Database REAL = TestServers.database();
    static final Pattern HOST_PORT = Pattern.compile("//([^/:]+):(\\d+)/");
    static final TcpProxy DATABASE;
    static {
        var matcher = HOST_PORT.matcher(REAL.url());
        DATABASE = matcher.find() ? TcpProxy.to(matcher.group(1), Integer.parseInt(matcher.group(2))) : null;
    }
    /** A plan year no other test imports. */
    static final int YEAR = 2011;
    /** More rows than one chunk of the import's writing (1,000), so that it is cut between two. */
    static final int ROWS = 3_000;
    static final String HEADER = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\n";

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> HOST_PORT.matcher(REAL.url()).replaceFirst("//" + DATABASE.host() + ":" + DATABASE.port() + "/"));
    }

    @AfterAll
    static void closeTheProxy() {
        DATABASE.open();
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> answeredDuringTheOutage = new ArrayList<>();

    String base() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> api(String method, String path, String user, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sent while the database is away: answered, with how long it took. */
    HttpResponse<String> duringTheOutage(String what, java.util.concurrent.Callable<HttpResponse<String>> call)
            throws Exception {
        var started = Instant.now();
        var response = call.call();
        answeredDuringTheOutage.add(what + " → " + response.statusCode() + " in "
                + Duration.between(started, Instant.now()).toMillis() + " ms");
        return response;
    }

    /** Counted straight in MariaDB, not through the proxy. */
    static long count(String sql, Object... parameters) throws SQLException {
        try (var db = DriverManager.getConnection(REAL.url(), REAL.username(), REAL.password());
                var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static long progressOfTask14() throws SQLException {
        return count("SELECT COUNT(*) FROM planning_progress p JOIN planning_task t ON t.id = p.task_id "
                + "WHERE t.plan_year = 2018 AND t.task_number = 14");
    }

    void awaitHealth(String status) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.body().startsWith("{") && status.equals(JsonPath.read(health.body(), "$.status"))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("health did not turn " + status + " within 60 s");
    }

    @Test
    void whileTheDatabaseIsAwayEveryoneIsToldToTryAgainNothingIsHalfWrittenAndItAllWorksOnceItIsBack()
            throws Exception {
        var browser = new WebVisitor(base());
        assertThat(browser.signIn("renshi", "demo").statusCode()).isEqualTo(302);
        assertThat(browser.get("/planning/2018").statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/planning/plans/2018/tasks", "viewer", null).statusCode()).isEqualTo(200);
        var signingIn = new WebVisitor(base());
        var loginPage = signingIn.get("/login");
        var progressBefore = progressOfTask14();
        var progress = "{\"date\": \"2018-06-01\", \"text\": \"停电演练 " + UUID.randomUUID() + "\"}";

        DATABASE.close();

        var read = duringTheOutage("API read", () -> api("GET", "/api/planning/plans/2018/tasks", "viewer", null));
        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(read.headers().firstValue("Retry-After")).hasValue("30");
        assertThat((String) JsonPath.read(read.body(), "$.error")).isEqualTo("unavailable");
        assertThat((String) JsonPath.read(read.body(), "$.message")).startsWith("数据库暂时无法访问");

        var write = duringTheOutage("API write",
                () -> api("POST", "/api/planning/plans/2018/tasks/14/progress", "renshi", progress));
        assertThat(write.statusCode()).isEqualTo(503);

        var page = duringTheOutage("page", () -> browser.get("/planning/2018"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("暂时无法服务").contains("您刚才的操作没有保存");
        // The page's stylesheet and script, asked for with the same session cookie, come at once: static files never
        // look the session up (StaticFilesWithoutSession), so the "try again" page has its styles.
        for (var linked : WebVisitor.linkedFiles(page.body())) {
            var file = duringTheOutage("the page's " + linked, () -> browser.get(linked));
            assertThat(file.statusCode()).as(linked).isEqualTo(200);
        }
        assertThat(WebVisitor.linkedFiles(page.body())).as("the outage page links its stylesheet")
                .anyMatch(f -> f.endsWith(".css"));

        var signIn = duringTheOutage("sign-in", () -> signingIn.post("/login", Map.of("username", "viewer",
                "password", "demo", "_csrf", WebVisitor.csrf(loginPage.body()))));
        assertThat(signIn.statusCode()).as("not sent back as a wrong password").isEqualTo(503);

        var signInByApi = duringTheOutage("API call of an account not signed in lately",
                () -> api("GET", "/api/accounts/me", "jijiao", null));
        assertThat(signInByApi.statusCode()).as("not 401").isEqualTo(503);

        var health = duringTheOutage("health", () -> http.send(HttpRequest.newBuilder(
                URI.create(base() + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        var readiness = duringTheOutage("the load balancer's check", () -> http.send(HttpRequest.newBuilder(
                URI.create(base() + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(readiness.statusCode()).as("taken out of service").isEqualTo(503);

        DATABASE.open();
        awaitHealth("UP");

        assertThat(progressOfTask14()).as("nothing written while the database was away").isEqualTo(progressBefore);
        assertThat(browser.get("/planning/2018").statusCode()).as("the same session, no restart").isEqualTo(200);
        assertThat(api("GET", "/api/planning/plans/2018/tasks", "viewer", null).statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/planning/plans/2018/tasks/14/progress", "renshi", progress).statusCode())
                .isEqualTo(201);
        assertThat(progressOfTask14()).isEqualTo(progressBefore + 1);
        System.out.println("Answered while the database was away: " + answeredDuringTheOutage);
    }

    @Test
    void anImportCutInTheMiddleLeavesNoneOfItsRows() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var rows = new StringBuilder(HEADER);
        for (int i = 1; i <= ROWS; i++) {
            rows.append(i).append(",云南,断线导入 ").append(token).append(" 第").append(i).append("项,职教处,按计划推进。\n");
        }
        var boundary = "----counterpart" + token;
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + rows + "\r\n--" + boundary + "--\r\n";
        var upload = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/planning/plans/" + YEAR + "/import"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(202);
        var job = upload.headers().firstValue("Location").orElseThrow();

        // Cut once the job has written some of its rows (in its own, uncommitted, transaction).
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        int written = 0;
        String state = "QUEUED";
        while (Instant.now().isBefore(deadline) && written == 0 && !state.equals("DONE")) {
            var status = api("GET", job, "admin", null).body();
            written = JsonPath.read(status, "$.written");
            state = JsonPath.read(status, "$.state");
            Thread.sleep(20);
        }
        DATABASE.close();
        Thread.sleep(1_000);
        DATABASE.open();
        awaitHealth("UP");

        var kept = count("SELECT COUNT(*) FROM planning_task WHERE plan_year = ? AND name LIKE ?", YEAR,
                "断线导入 " + token + "%");
        System.out.println("Import cut after " + written + " of " + ROWS + " rows written (state " + state + "): " + kept
                + " rows kept");
        assertThat(state).as("cut while it ran").isNotEqualTo("DONE");
        assertThat(kept).as("all of the file or none of it").isIn(0L, (long) ROWS);
        assertThat(kept).as("cut before it committed: none").isZero();
    }
}
