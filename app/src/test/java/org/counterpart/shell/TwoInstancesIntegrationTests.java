package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.counterpart.testing.NeedsBroker;
import org.counterpart.testing.TcpProxy;
import org.counterpart.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the packaged application, on two ports, on the {@code mysql} profile against the same database
 * and RabbitMQ — what runs behind a load balancer without sticky sessions ({@code docs/operations.md}):
 * <ul>
 * <li>a user signed in on one instance is signed in on the other, and signs out there (the session is in the
 * database, its attributes sealed);</li>
 * <li>the nightly overdue check, fired every second by both, runs once a day: one instance claims the day, the other
 * finds it claimed;</li>
 * <li>every event for downstream systems reaches RabbitMQ once, also when both instances resubmit what piled up while
 * the broker was away, at the same moment — while pages, the API and the load balancer's check go on answering;</li>
 * <li>events an instance committed but had not delivered when it was killed ({@code kill -9}) are sent once after its
 * restart, and a plan import it was writing leaves nothing;</li>
 * <li>a name that is no account, tried five times on one instance, is paused on the other as an account is.</li>
 * </ul>
 * Each instance reaches the broker through a {@link TcpProxy} of its own, so the test can take the broker away from
 * both. The instances publish to an exchange of this test's own, which a queue of the test hears in full.
 */
@NeedsBroker
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

    static final String ADMIN = "scale-admin";
    static final String PASSWORD = "scale-out-password";
    /** The key both instances seal session attributes with, as production gives them COUNTERPART_SESSION_KEY. */
    static final String SESSION_KEY = "dHdvIGluc3RhbmNlcywgb25lIHNlc3Npb24ga2V5ISE=";
    static final String EXCHANGE = "counterpart.events.test-scale-" + UUID.randomUUID().toString().substring(0, 8);
    static final String QUEUE = EXCHANGE + ".all";
    /** A plan year of the past that no other test plans; the milestone's due day is what makes it overdue. */
    static final int PLAN_YEAR = 2012;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Enough that two resubmissions working through them at once overlap (with 48, Spring Modulith alone sent most twice). */
    static final int WHILE_AWAY = 48;
    /** Events committed on an instance, not yet delivered, when it is killed. */
    static final int KILLED_WITH = 12;
    /** Of those, committed while its broker hangs: their sends wait when it is killed. */
    static final int HUNG_ON_SEND = 4;
    /**
     * A publication not completed, failed or taken for resubmission this long after it was published or taken is in
     * the hands of the instance whose broker hangs: sends that are refused fail within milliseconds.
     */
    static final Duration IN_FLIGHT = Duration.ofSeconds(1);
    /** The plan import killed in the middle: large enough to be caught writing. */
    static final int IMPORT_ROWS = 10_000;
    static final String PLAN_HEADER = "序号,实施地区,实施项目,责任处室（承办单位）,工作要求\n";

    static TcpProxy brokerForFirst;
    static TcpProxy brokerForSecond;
    static PackagedApplication first;
    static PackagedApplication second;
    static CachingConnectionFactory connections;
    static RabbitAdmin rabbit;
    static Instant started;
    static Duration startup;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        var database = TestServers.database();
        // Two processes cannot share the in-memory fallback; COUNTERPART_TEST_DB_REQUIRED makes its absence a failure.
        assumeFalse(database.isEmbedded(), "two instances need a database server (COUNTERPART_TEST_DB_URL)");
        var broker = TestServers.broker().orElseThrow();
        connections = new CachingConnectionFactory(broker.host(), broker.port());
        connections.setUsername(broker.username());
        connections.setPassword(broker.password());
        rabbit = new RabbitAdmin(connections);
        // Declared as the application declares it, so whoever comes first, both agree.
        var exchange = new TopicExchange(EXCHANGE, true, false);
        rabbit.declareExchange(exchange);
        // Exclusive (gone with the test's connection, should the test die), not auto-delete: each receive() consumes
        // and cancels.
        var queue = new Queue(QUEUE, false, true, false);
        rabbit.declareQueue(queue);
        rabbit.declareBinding(BindingBuilder.bind(queue).to(exchange).with("#"));

        brokerForFirst = TcpProxy.to(broker.host(), broker.port());
        brokerForSecond = TcpProxy.to(broker.host(), broker.port());
        started = Instant.now();
        // One after the other, as a rolling deployment starts them.
        first = PackagedApplication.withArguments("counterpart-first", jvmOptions(), arguments(brokerForFirst));
        first.start();
        second = PackagedApplication.withArguments("counterpart-second", jvmOptions(), arguments(brokerForSecond));
        second.start();
        startup = Duration.between(started, Instant.now());
        System.out.printf("Two instances: %s and %s, both healthy %.1f s after the first was started%n",
                first.baseUrl(), second.baseUrl(), startup.toMillis() / 1000.0);
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (var instance : new PackagedApplication[] { first, second }) {
            if (instance != null) {
                instance.stop();
            }
        }
        for (var proxy : new TcpProxy[] { brokerForFirst, brokerForSecond }) {
            if (proxy != null) {
                proxy.close();
            }
        }
        if (rabbit != null) {
            rabbit.deleteQueue(QUEUE);
            rabbit.deleteExchange(EXCHANGE);
            connections.destroy();
        }
        if (started != null) {
            System.out.printf("Two instances: the whole test took %.1f s%n",
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
        }
    }

    /** Quick to start (C1 only) and small: two of them run beside the build on two cores. */
    static List<String> jvmOptions() {
        return List.of("-XX:TieredStopAtLevel=1", "-Xss512k");
    }

    /** The production profile, pointed at the test's servers, with short intervals so the test sees them run. */
    static List<String> arguments(TcpProxy broker) {
        var database = TestServers.database();
        var rabbit = TestServers.broker().orElseThrow();
        return List.of("--spring.profiles.active=mysql",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.rabbitmq.host=" + broker.host(),
                "--spring.rabbitmq.port=" + broker.port(),
                "--spring.rabbitmq.username=" + rabbit.username(),
                "--spring.rabbitmq.password=" + rabbit.password(),
                "--spring.rabbitmq.connection-timeout=2s",
                "--counterpart.accounts.admin.username=" + ADMIN,
                "--counterpart.accounts.admin.password=" + PASSWORD,
                "--counterpart.enrolment.national-id-key=" + TestServers.TEST_NATIONAL_ID_KEY,
                "--counterpart.accounts.session-key=" + SESSION_KEY,
                "--counterpart.reporting.integration.broker.exchange=" + EXCHANGE,
                "--counterpart.reporting.integration.broker.confirm-timeout=2s",
                "--counterpart.reporting.integration.resubmit-interval=1s",
                "--counterpart.reporting.integration.resubmit-older-than=3s",
                "--counterpart.reporting.integration.resubmit-max-backoff=3s",
                "--counterpart.reporting.integration.stale-after=20s",
                // Every second instead of every night, on both instances.
                "--counterpart.planning.overdue-check.cron=* * * * * *",
                // Reads every module's years at start; nothing here needs it, and the start is quicker without.
                "--counterpart.reporting.statistics.baseline.enabled=false");
    }

    @Test
    @Order(1)
    void aUserSignedInOnOneInstanceIsSignedInOnTheOtherAndSignsOutThere() throws Exception {
        var loginPage = send(get(first, "/login", null));
        var anonymous = sessionCookie(loginPage);
        var signedIn = send(form(first, "/login", anonymous,
                Map.of("username", ADMIN, "password", PASSWORD, "_csrf", csrf(loginPage.body()))));
        assertThat(signedIn.statusCode()).as("signing in answers with a redirect").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        var session = sessionCookie(signedIn);

        var home = send(get(second, "/", session));
        assertThat(home.statusCode()).as("the other instance serves the signed-in user").isEqualTo(200);
        assertThat(home.body()).contains("id=\"current-user\"").contains(ADMIN).doesNotContain("name=\"password\"");
        try (var db = database()) {
            assertThat(count(db, "SELECT COUNT(*) FROM ACCOUNTS_SESSION WHERE PRINCIPAL_NAME = ?", ADMIN))
                    .as("the session is a row in the database").isPositive();
            assertThat(attributesOf(db, ADMIN)).as("its attributes, sealed").isNotEmpty()
                    .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(ADMIN));
        }

        // The CSRF token is kept in the session: a form the first instance rendered is accepted by the second.
        var page = send(get(first, "/", session));
        var signedOut = send(form(second, "/logout", session, Map.of("_csrf", csrf(page.body()))));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?signedOut"));

        var afterwards = send(get(first, "/", session));
        assertThat(afterwards.statusCode()).as("signed out on the first instance too").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login"));
    }

    @Test
    @Order(2)
    void theNightlyOverdueCheckRunsOnceADayThoughBothInstancesFireIt() throws Exception {
        var today = LocalDate.now(SHANGHAI);
        var milestone = overdueMilestone(today.minusDays(2));
        long firstLog = Files.size(first.log());
        long secondLog = Files.size(second.log());
        var received = new ArrayList<Message>();

        // The day is claimed already (the instances fire every second): a new day for the check, as at midnight.
        try (var db = database()) {
            db.prepareStatement("DELETE FROM planning_job_run WHERE job_name = 'overdue-milestones' AND run_date = '"
                    + today + "'").executeUpdate();
        }
        eventually("the milestone is announced", () -> {
            received.addAll(drain(Duration.ofMillis(500)));
            return received.stream().anyMatch(m -> body(m).contains(milestone));
        }, Duration.ofSeconds(30));
        // Both instances go on firing every second meanwhile; give each a few more tries.
        Thread.sleep(3000);
        received.addAll(drain(Duration.ofMillis(500)));

        var ran = "The overdue milestone check for " + today + " flagged";
        var skipped = "The overdue milestone check for " + today + " has already run";
        var firstLines = linesSince(first, firstLog);
        var secondLines = linesSince(second, secondLog);
        long runs = count(firstLines, ran) + count(secondLines, ran);
        System.out.printf("Overdue check of %s: ran %d time(s); skipped as claimed %d time(s) on the first instance, "
                + "%d on the second%n", today, runs, count(firstLines, skipped), count(secondLines, skipped));
        assertThat(runs).as("runs of the day's check, both instances together").isEqualTo(1);
        assertThat(count(firstLines, skipped)).as("the first instance found the day claimed").isPositive();
        assertThat(count(secondLines, skipped)).as("the second instance found the day claimed").isPositive();
        try (var db = database()) {
            assertThat(count(db, "SELECT COUNT(*) FROM planning_job_run WHERE job_name = 'overdue-milestones' "
                    + "AND run_date = ?", today.toString())).as("the day's claim").isEqualTo(1);
        }
        assertThat(received).filteredOn(m -> body(m).contains(milestone))
                .as("the milestone announced to downstream systems once")
                .singleElement()
                .satisfies(m -> assertThat(m.getMessageProperties().getReceivedRoutingKey())
                        .isEqualTo("planning.milestone-overdue.v1"));
    }

    @Test
    @Order(3)
    void eachEventReachesTheBrokerOnceThoughBothInstancesResubmitWhatWaited() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var units = new ArrayList<String>();
        var received = new ArrayList<Message>();

        // While the broker is there: units registered on either instance.
        for (int i = 0; i < 4; i++) {
            units.add(registerUnit(i % 2 == 0 ? first : second, token, units.size()));
        }
        eventually("those go out", () -> waitingForBroker(token) == 0, Duration.ofSeconds(30));
        // While it is away from both: the events wait in the registry.
        brokerForFirst.close();
        brokerForSecond.close();
        for (int i = 0; i < WHILE_AWAY; i++) {
            units.add(registerUnit(i % 2 == 0 ? first : second, token, units.size()));
        }
        eventually("the events that could not go out wait, failed, in the registry",
                () -> waitingForBroker(token) == WHILE_AWAY, Duration.ofSeconds(30));
        // Meanwhile the users keep working on both: pages and the API answer, the load balancer keeps both in service.
        var served = new ArrayList<String>();
        for (var instance : List.of(first, second)) {
            served.add(keepsServing(instance));
        }
        System.out.printf("With the broker away: %s; %d units registered through the API (201 each)%n",
                String.join("; ", served), WHILE_AWAY);
        received.addAll(drain(Duration.ofMillis(500)));
        // Old enough for resubmission (resubmit-older-than=3s) on both, by the schedule and by the administrator.
        Thread.sleep(3500);

        brokerForFirst.open();
        brokerForSecond.open();
        // The administrators of both press "resubmit" together, the second a few milliseconds later, as two
        // schedules that are not in step do.
        var resubmitted = atOnce(() -> resubmit(first), () -> {
            Thread.sleep(15);
            return resubmit(second);
        });
        eventually("every event arrives", () -> {
            received.addAll(drain(Duration.ofMillis(500)));
            return unitsIn(received, token).size() == units.size();
        }, Duration.ofSeconds(45));
        // Several more rounds of both instances' scheduled resubmission (every second).
        drainFor(received, Duration.ofSeconds(5));

        var mine = mine(received, token);
        var byId = byId(mine);
        var twice = byId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        System.out.printf("Events for downstream systems: %d committed (%d while the broker was away), %d messages "
                + "received, %d distinct ids, %d id(s) received more than once; the two administrators' resubmissions "
                + "took %s publication(s)%n", units.size(), WHILE_AWAY, mine.size(), byId.size(), twice.size(), resubmitted);
        assertThat(unitsIn(received, token)).as("every unit registered").containsExactlyInAnyOrderElementsOf(units);
        assertThat(byId).as("messages per CloudEvents id").hasSize(units.size());
        assertThat(twice).as("ids sent more than once").isEmpty();
        assertThat(mine).allSatisfy(m -> assertThat(m.getMessageProperties().getReceivedRoutingKey())
                .isEqualTo("directory.unit-registered.v1"));
        assertThat(waitingForBroker(token)).as("nothing left waiting").isZero();
    }

    @Test
    @Order(4)
    void eventsCommittedBeforeTheInstanceIsKilledAreSentOnceAfterItsRestart() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var units = new ArrayList<String>();
        long secondLog = Files.size(second.log());
        // The broker away: what the first instance commits waits in the outbox, its deliveries failing.
        brokerForFirst.close();
        brokerForSecond.close();
        for (int i = 0; i < KILLED_WITH; i++) {
            units.add(registerUnit(first, token, i));
        }
        eventually("the committed events wait in the registry", () -> waitingForBroker(token) == KILLED_WITH,
                Duration.ofSeconds(30));
        // Then the broker hangs for the first instance: what it commits now, it starts sending and waits on a
        // connection that answers nothing. Killed then, it dies in the middle of sending those.
        brokerForFirst.stall();
        for (int i = 0; i < HUNG_ON_SEND; i++) {
            units.add(registerUnit(first, token, KILLED_WITH + i));
        }
        // And in the middle of a large plan import: the job has written some of its tasks, none committed yet.
        int importYear = freePlanYear(first);
        var csv = new StringBuilder(PLAN_HEADER);
        for (int n = 1; n <= IMPORT_ROWS; n++) {
            csv.append(n).append(",云南,中断测试任务").append(n).append(",职教处,导入进行中被强行停止。\n");
        }
        var upload = uploadPlan(first, importYear, csv.toString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        var importJob = upload.headers().firstValue("Location").orElseThrow();
        eventually("the import writing its tasks while sends hang", () -> job(first, importJob).path("written")
                .asInt() > 0 && inFlightFor(token, IN_FLIGHT) > 0, Duration.ofSeconds(60));
        var atTheKill = job(first, importJob);
        var inTheMiddle = inFlightFor(token, IN_FLIGHT);
        assertThat(atTheKill.path("state").asString()).as("the import still running").isEqualTo("RUNNING");

        first.kill(); // SIGKILL: no shutdown hook, nothing handed over
        // The broker back for the restarted instance only: the second still cannot reach it, so what arrives, the
        // restart sent.
        brokerForFirst.open();
        var restarting = Instant.now();
        first.start();
        var restart = Duration.between(restarting, Instant.now());
        var received = new ArrayList<Message>();
        // What the killed instance had in hand is stale stale-after (20 s here) after it took it; the rest is taken
        // at once.
        eventually("every event committed before the kill arrives", () -> {
            received.addAll(drain(Duration.ofMillis(500)));
            return unitsIn(received, token).size() == units.size();
        }, Duration.ofSeconds(90));
        // The second, cut off from the broker all along, left every publication for the broker to the first.
        var resubmittedBySecond = count(linesSince(second, secondLog), "Resubmitted");
        brokerForSecond.open();
        drainFor(received, Duration.ofSeconds(5));

        var mine = mine(received, token);
        var byId = byId(mine);
        var tasksOfTheImport = tasksOf(importYear);
        var importState = stateOfImport(importJob.substring(importJob.lastIndexOf('/') + 1));
        var taskEvents = received.stream().filter(m -> m.getMessageProperties().getReceivedRoutingKey()
                .equals("planning.task-planned.v1")).count();
        System.out.printf("kill -9 with %d events committed and undelivered, %d of them in the middle of being sent, "
                + "and a %d-row plan import %d rows into its writing: restarted in %.1f s; %d messages received, %d "
                + "distinct ids; the import's tasks in the database: %d (its job's record: %s), its events sent: %d%n",
                units.size(), inTheMiddle, IMPORT_ROWS, atTheKill.path("written").asInt(), restart.toMillis() / 1000.0,
                mine.size(), byId.size(), tasksOfTheImport, importState, taskEvents);
        assertThat(unitsIn(received, token)).as("every unit registered before the kill")
                .containsExactlyInAnyOrderElementsOf(units);
        assertThat(byId).as("messages per CloudEvents id").hasSize(units.size())
                .allSatisfy((id, times) -> assertThat(times).as("sent once: " + id).isEqualTo(1));
        assertThat(waitingForBroker(token)).as("nothing left waiting").isZero();
        assertThat(resubmittedBySecond).as("resubmissions by the instance that could not reach the broker").isZero();
        assertThat(tasksOfTheImport).as("none of the import killed in the middle").isZero();
        assertThat(importState).as("never done").isEqualTo("RUNNING");
        assertThat(taskEvents).as("none of its events").isZero();
    }

    /**
     * Wrong tries of a name that is no account are counted in the database, as an account's are: five on one instance
     * pause the name on the other too, so that comparing instances tells nothing about which names are accounts.
     */
    @Test
    @Order(5)
    void aNameThatIsNoAccountIsPausedOnEveryInstanceAsAnAccountIs() throws Exception {
        var nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(signInAs(first, nobody, "guess")).as("wrong try %d", i + 1).endsWith("/login?error");
        }
        assertThat(signInAs(second, nobody, "guess")).as("the sixth, on the other instance").endsWith("/login?paused");
        assertThat(signInAs(first, nobody, "guess")).endsWith("/login?paused");
        System.out.printf("A name that is no account: five wrong tries on one instance, paused on the other%n");
    }

    /** Signs in through the form; where the answer sends the browser. */
    private String signInAs(PackagedApplication instance, String user, String password) throws Exception {
        var loginPage = send(get(instance, "/login", null));
        var answer = send(form(instance, "/login", sessionCookie(loginPage),
                Map.of("username", user, "password", password, "_csrf", csrf(loginPage.body()))));
        return answer.headers().firstValue("Location").orElse("");
    }

    // --- the application's API and pages

    /** A page with a signed-in session, an API read and the load balancer's check, each answered 200; how fast. */
    private String keepsServing(PackagedApplication instance) throws Exception {
        long began = System.nanoTime();
        var loginPage = send(get(instance, "/login", null));
        var signedIn = send(form(instance, "/login", sessionCookie(loginPage),
                Map.of("username", ADMIN, "password", PASSWORD, "_csrf", csrf(loginPage.body()))));
        assertThat(signedIn.statusCode()).as("signing in").isEqualTo(302);
        var home = send(get(instance, "/", sessionCookie(signedIn)));
        assertThat(home.statusCode()).as("a page").isEqualTo(200);
        assertThat(home.body()).contains("id=\"current-user\"");
        var units = send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/directory/units?size=5"))
                .header("Authorization", basic()).GET());
        assertThat(units.statusCode()).as("an API read").isEqualTo(200);
        var readiness = send(get(instance, "/actuator/health/readiness", null));
        assertThat(readiness.statusCode()).as("the load balancer's check: " + readiness.body()).isEqualTo(200);
        return String.format(Locale.ROOT, "%s signed in, a page, an API read and readiness 200 in %d ms",
                instance.baseUrl(), (System.nanoTime() - began) / 1_000_000);
    }

    private String registerUnit(PackagedApplication instance, String token, int n) throws Exception {
        var name = "扩容测试单位-" + token + "-" + n;
        var response = send(json(instance, "/api/directory/units", """
                {"nameZh":"%s","nameEn":"Scale-out test unit %s %d","kind":"TRAINING_CENTRE"}""".formatted(name, token, n)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return name;
    }

    private String resubmit(PackagedApplication instance) throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/reporting/publications/resubmit"))
                .header("Authorization", basic()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("resubmitted").asString();
    }

    /** A milestone due on the given day of task 1 of the test's plan year; its id. */
    private String overdueMilestone(LocalDate due) throws Exception {
        var imported = uploadPlan(first, PLAN_YEAR,
                PLAN_HEADER + "1,云南,扩容测试任务,基教处,两个实例同时运行。\n");
        // Ended within its patience (0.5 s) it answers 200; on a machine busy enough, 202 and the job to follow.
        assertThat(imported.statusCode()).as(imported.body()).isIn(200, 202);
        if (imported.statusCode() == 202) {
            var job = imported.headers().firstValue("Location").orElseThrow();
            // Followed on the other instance: the job's record is in the database.
            eventually("the import " + job + " is done", () -> {
                try {
                    var status = JSON.readTree(send(HttpRequest.newBuilder(URI.create(second.baseUrl() + job))
                            .header("Authorization", basic()).GET()).body());
                    return "DONE".equals(status.get("state").asString());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, Duration.ofSeconds(60));
        }
        var task = JSON.readTree(send(HttpRequest.newBuilder(URI.create(first.baseUrl() + "/api/planning/plans/"
                + PLAN_YEAR + "/tasks/1")).header("Authorization", basic()).GET()).body());
        var title = "扩容测试里程碑-" + UUID.randomUUID().toString().substring(0, 8);
        var added = send(json(second, "/api/planning/plans/" + PLAN_YEAR + "/tasks/1/milestones", """
                {"title":"%s","due":"%s","version":%d}""".formatted(title, due, task.get("task").get("version")
                .asLong())));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        for (JsonNode milestone : JSON.readTree(added.body()).get("milestones")) {
            if (title.equals(milestone.get("title").asString())) {
                return milestone.get("id").asString();
            }
        }
        throw new AssertionError("the milestone added is not on the task: " + added.body());
    }

    /** A plan file (CSV) uploaded for import into the year, as the administrator. */
    private HttpResponse<String> uploadPlan(PackagedApplication instance, int year, String csv) throws Exception {
        var boundary = "----counterpart" + UUID.randomUUID();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/planning/plans/" + year + "/import"))
                .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A plan year between 2040 and 2099 that no test has planned. */
    private int freePlanYear(PackagedApplication instance) throws Exception {
        while (true) {
            int year = 2040 + ThreadLocalRandom.current().nextInt(0, 60);
            if (send(get(instance, "/api/planning/plans/" + year + "/tasks", null).header("Authorization", basic()))
                    .statusCode() == 404) {
                return year;
            }
        }
    }

    /** A job's status as the instance reports it. */
    private JsonNode job(PackagedApplication instance, String location) {
        try {
            return JSON.readTree(send(get(instance, location, null).header("Authorization", basic())).body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder json(PackagedApplication instance, String path, String body) {
        return HttpRequest.newBuilder(URI.create(instance.baseUrl() + path)).header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(PackagedApplication instance, String path, String cookie) {
        var request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + path)).GET();
        return cookie == null ? request : request.header("Cookie", cookie);
    }

    private static HttpRequest.Builder form(PackagedApplication instance, String path, String cookie,
            Map<String, String> fields) {
        var body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(instance.baseUrl() + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The session cookie the response set, as a Cookie header value. */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    // --- the database and the broker, as the test sees them

    private static Connection database() throws SQLException {
        var db = TestServers.database();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<byte[]> attributesOf(Connection db, String user) throws SQLException {
        try (var statement = db.prepareStatement("SELECT a.ATTRIBUTE_BYTES FROM ACCOUNTS_SESSION_ATTRIBUTES a "
                + "JOIN ACCOUNTS_SESSION s ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID WHERE s.PRINCIPAL_NAME = ?")) {
            statement.setString(1, user);
            try (var rows = statement.executeQuery()) {
                var attributes = new ArrayList<byte[]>();
                while (rows.next()) {
                    attributes.add(rows.getBytes(1));
                }
                return attributes;
            }
        }
    }

    /** Publications to the broker of this test's events that have not completed. */
    private static long waitingForBroker(String token) {
        try (var db = database()) {
            return count(db, "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE LISTENER_ID = 'reporting.integration.broker' "
                    + "AND COMPLETION_DATE IS NULL AND SERIALIZED_EVENT LIKE ?", "%" + token + "%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long tasksOf(int year) {
        try (var db = database()) {
            return count(db, "SELECT COUNT(*) FROM planning_task WHERE plan_year = ?", year);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state an import's record holds in the database (a killed one's stays RUNNING, and reads as interrupted). */
    private static String stateOfImport(String id) {
        try (var db = database(); var statement = db.prepareStatement("SELECT state FROM planning_import WHERE id = ?")) {
            statement.setString(1, id);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This test's publications being sent (or marked for resubmission), since at least {@code held} ago. */
    private static long inFlightFor(String token, Duration held) {
        try (var db = database()) {
            return count(db, "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE LISTENER_ID = 'reporting.integration.broker' "
                    + "AND COMPLETION_DATE IS NULL AND STATUS IN ('PUBLISHED', 'RESUBMITTED', 'PROCESSING') "
                    + "AND LAST_RESUBMISSION_DATE < ? AND SERIALIZED_EVENT LIKE ?",
                    Timestamp.from(Instant.now().minus(held)), "%" + token + "%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Message> drain(Duration wait) {
        var template = new RabbitTemplate(connections);
        var messages = new ArrayList<Message>();
        var message = template.receive(QUEUE, wait.toMillis());
        while (message != null) {
            messages.add(message);
            message = template.receive(QUEUE, 100);
        }
        return messages;
    }

    /** Receives for the whole period, while the instances' scheduled resubmissions (every second) may still send. */
    private static void drainFor(List<Message> received, Duration period) {
        var until = Instant.now().plus(period);
        while (Instant.now().isBefore(until)) {
            received.addAll(drain(Duration.ofMillis(500)));
        }
    }

    /** The messages about this test's units. */
    private static List<Message> mine(List<Message> received, String token) {
        return received.stream().filter(m -> body(m).contains(token)).toList();
    }

    /** How many messages came under each CloudEvents id. */
    private static Map<String, Long> byId(List<Message> messages) {
        return messages.stream().collect(Collectors.groupingBy(
                m -> m.getMessageProperties().<String>getHeader("cloudEvents:id"), Collectors.counting()));
    }

    private static List<String> unitsIn(List<Message> messages, String token) {
        var name = Pattern.compile("\"nameZh\":\"(扩容测试单位-" + token + "-\\d+)\"");
        return messages.stream().map(m -> name.matcher(body(m))).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1)).distinct().toList();
    }

    private static String body(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    private static List<String> linesSince(PackagedApplication instance, long offset) throws IOException {
        var bytes = Files.readAllBytes(instance.log());
        return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                StandardCharsets.UTF_8).lines().toList();
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    /** Runs both at the same moment; what each answered. */
    @SafeVarargs
    private static String atOnce(Callable<String>... calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.length);
        try {
            var ready = new CountDownLatch(calls.length);
            var go = new CountDownLatch(1);
            var results = new ArrayList<java.util.concurrent.Future<String>>();
            for (var call : calls) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            var answers = new ArrayList<String>();
            for (var result : results) {
                answers.add(result.get());
            }
            return String.join(" + ", answers);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void eventually(String what, BooleanSupplier condition, Duration within) throws InterruptedException {
        var deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(200);
        }
    }
}
