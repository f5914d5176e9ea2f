package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.enrolment.NationalIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two people save the same record at the same moment (issue 8), over HTTP against the real database: a task moved
 * two ways, an enrolment programme's funding set to two figures, a student moved to two stages. Each pair leaves two
 * threads together, both carrying the version their sender saw. Exactly one is saved; the other is answered 409 with
 * a message in Chinese; the record then holds the winner's change, its version moved once, and its history the
 * winner's lines and none of the other's — nothing overwritten silently. The records are new, in years of their own, and kept (the API deletes none).
 * The test also counts the pairs whose two requests were in the server at the same time, and needs some to be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimultaneousSavesIntegrationTests {

    static final int ROUNDS = 8;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "demo";

    static ExecutorService pool;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What one request of a pair got, and when it was in flight. */
    record Answer(String who, int status, JsonNode body, long sent, long answered) {

        boolean saved() {
            return status == 200;
        }
    }

    /** The two answers of a pair. */
    record Pair(Answer first, Answer second) {

        Answer winner() {
            return first.saved() ? first : second;
        }

        Answer loser() {
            return first.saved() ? second : first;
        }

        boolean overlapped() {
            return first.sent < second.answered && second.sent < first.answered;
        }

        List<Integer> statuses() {
            return List.of(first.status, second.status).stream().sorted().toList();
        }
    }

    @BeforeAll
    static void twoSenders() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void twoPeopleMovingATaskAtOnce() throws Exception {
        int year = freePlanYear();
        importPlan(year);
        int overlapped = 0;
        for (int n = 1; n <= ROUNDS; n++) {
            var path = "/api/planning/plans/" + year + "/tasks/" + n;
            var before = read(path);
            long version = before.at("/task/version").asLong();
            var pair = atOnce(
                    () -> send("zhijiao", "POST", path + "/transitions", transition("START", null, version)),
                    () -> send("admin", "POST", path + "/transitions", transition("CANCEL", "重复任务", version)));
            overlapped += pair.overlapped() ? 1 : 0;

            assertThat(pair.statuses()).as("task %d: one saved, one told", n).containsExactly(200, 409);
            assertThat(pair.loser().body().path("message").asString())
                    .isEqualTo("第 " + n + " 项任务已被他人修改。请刷新页面，查看最新内容后再操作。");
            var after = read(path);
            assertThat(after.at("/task/version").asLong()).as("moved once").isEqualTo(version + 1);
            assertThat(after.at("/task/status").asString()).as("the winner's move")
                    .isEqualTo(pair.winner().who().equals("zhijiao") ? "IN_PROGRESS" : "CANCELLED");
            historyHasTheWinnersLinesOnly(before, after, pair);
        }
        System.out.printf("Simultaneous saves, tasks: %d pairs, %d with both requests in the server at once%n", ROUNDS,
                overlapped);
        assertThat(overlapped).as("pairs sent at the same moment").isPositive();
    }

    @Test
    void twoPeopleSettingAProgrammesFundingAtOnce() throws Exception {
        var programme = newEnrolmentProgramme();
        var path = "/api/enrolment/programmes/" + programme;
        int overlapped = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            var before = read(path);
            long version = before.at("/programme/version").asLong();
            var zhijiaos = 20 + round;
            var admins = 40 + round;
            var pair = atOnce(() -> send("zhijiao", "PUT", path + "/quota", quota(zhijiaos, version)),
                    () -> send("admin", "PUT", path + "/quota", quota(admins, version)));
            overlapped += pair.overlapped() ? 1 : 0;

            assertThat(pair.statuses()).as("round %d: one saved, one told", round).containsExactly(200, 409);
            assertThat(pair.loser().body().path("error").asString()).isEqualTo("enrolment.programme.changed-meanwhile");
            assertThat(pair.loser().body().path("message").asString()).endsWith("已被他人修改，请刷新后再改。");
            var after = read(path);
            assertThat(after.at("/programme/version").asLong()).as("saved once").isEqualTo(version + 1);
            assertThat(after.at("/programme/funding").decimalValue()).as("the winner's figure")
                    .isEqualByComparingTo("" + (pair.winner().who().equals("zhijiao") ? zhijiaos : admins));
            historyHasTheWinnersLinesOnly(before, after, pair);
        }
        System.out.printf("Simultaneous saves, a programme's funding: %d pairs, %d with both requests in the server "
                + "at once%n", ROUNDS, overlapped);
        assertThat(overlapped).as("pairs sent at the same moment").isPositive();
    }

    @Test
    void twoPeopleMovingAStudentAtOnce() throws Exception {
        var programme = newEnrolmentProgramme();
        int overlapped = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            var path = "/api/enrolment/students/" + admit(programme);
            var before = read(path);
            long version = before.at("/student/version").asLong();
            var pair = atOnce(() -> send("xuexiao", "POST", path + "/stage", stage("ENROLLED", null, version)),
                    () -> send("admin", "POST", path + "/stage", stage("WITHDRAWN", "家庭原因", version)));
            overlapped += pair.overlapped() ? 1 : 0;

            assertThat(pair.statuses()).as("student %d: one saved, one told", round).containsExactly(200, 409);
            assertThat(pair.loser().body().path("error").asString()).isEqualTo("enrolment.student.changed-meanwhile");
            assertThat(pair.loser().body().path("message").asString()).endsWith("的记录已被他人修改，请刷新后再改。");
            var after = read(path);
            assertThat(after.at("/student/version").asLong()).as("moved once").isEqualTo(version + 1);
            assertThat(after.at("/student/stage").asString()).as("the winner's move")
                    .isEqualTo(pair.winner().who().equals("xuexiao") ? "ENROLLED" : "WITHDRAWN");
            historyHasTheWinnersLinesOnly(before, after, pair);
        }
        System.out.printf("Simultaneous saves, students: %d pairs, %d with both requests in the server at once%n",
                ROUNDS, overlapped);
        assertThat(overlapped).as("pairs sent at the same moment").isPositive();
    }

    /** The history lines a pair added: some, every one of them by the winner. */
    private void historyHasTheWinnersLinesOnly(JsonNode before, JsonNode after, Pair pair) throws Exception {
        var winner = displayName(pair.winner().who());
        var loser = displayName(pair.loser().who());
        int added = after.get("changes").size() - before.get("changes").size();
        assertThat(added).as("lines of history added").isPositive();
        assertThat(linesBy(after, winner) - linesBy(before, winner)).as("added by %s, who won", winner)
                .isEqualTo(added);
        assertThat(linesBy(after, loser)).as("none by %s, who was told", loser).isEqualTo(linesBy(before, loser));
    }

    private static long linesBy(JsonNode record, String who) {
        var lines = 0L;
        for (var change : record.get("changes")) {
            lines += change.path("by").asString().equals(who) ? 1 : 0;
        }
        return lines;
    }

    private String displayName(String user) throws Exception {
        var me = send(user, "GET", "/api/accounts/me", null);
        assertThat(me.status()).isEqualTo(200);
        return me.body().path("displayName").asString();
    }

    // --- the records

    /** A plan year no test has planned, between 2040 and 2099. */
    private int freePlanYear() throws Exception {
        while (true) {
            int year = 2040 + ThreadLocalRandom.current().nextInt(0, 60);
            if (send("viewer", "GET", "/api/planning/plans/" + year + "/tasks", null).status() == 404) {
                return year;
            }
        }
    }

    /** ROUNDS tasks of the vocational education office (职教处), imported as the commission's administrator. */
    private void importPlan(int year) throws Exception {
        var csv = new StringBuilder("序号,实施地区,实施项目,责任处室（承办单位）,工作要求\n");
        for (int n = 1; n <= ROUNDS; n++) {
            csv.append(n).append(",云南,同时保存的任务").append(n).append(",职教处,两人同时修改时只保存一人的修改。\n");
        }
        var boundary = "----counterpart" + UUID.randomUUID();
        var body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var response = http.send(request("admin", "/api/planning/plans/" + year + "/import")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
        // A job that did not end within the answer's patience: its tasks appear when it is done.
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (send("viewer", "GET", "/api/planning/plans/" + year + "/tasks/" + ROUNDS, null).status() != 200) {
            assertThat(System.nanoTime()).as("the plan imported within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** A joint vocational programme of an academic year without one (a year has one), with room for every round. */
    private String newEnrolmentProgramme() throws Exception {
        int year;
        do {
            year = 2100 - ThreadLocalRandom.current().nextInt(1, 95);
        } while (read("/api/enrolment/programmes?kind=JOINT_VOCATIONAL_SCHOOLING&year=" + year).path("total")
                .asInt() > 0);
        var created = send("admin", "POST", "/api/enrolment/programmes", """
                {"academicYear": %d, "kind": "JOINT_VOCATIONAL_SCHOOLING", "funding": 10,
                 "quotas": [{"hostSchool": "qunyi", "major": "旅游服务与管理", "seats": %d}]}
                """.formatted(year, ROUNDS * 2));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().at("/programme/id").asString();
    }

    /** A student admitted by the host school, 上海市群益职业技术学校. */
    private String admit(String programme) throws Exception {
        var admitted = send("xuexiao", "POST", "/api/enrolment/programmes/" + programme + "/students", """
                {"name": "同时修改", "gender": "女", "ethnicity": "维吾尔族", "nationalId": "%s", "sourceRegion": "zepu",
                 "county": "泽普县", "poverty": false, "hostSchool": "qunyi", "major": "旅游服务与管理",
                 "cohortYear": 2018}""".formatted(NationalIds.next()));
        assertThat(admitted.status()).as(admitted.body().toString()).isEqualTo(201);
        return admitted.body().at("/student/id").asString();
    }

    private static String transition(String transition, String reason, long version) {
        return "{\"transition\": \"%s\", \"reason\": %s, \"version\": %d}".formatted(transition,
                reason == null ? "null" : "\"" + reason + "\"", version);
    }

    private static String quota(int funding, long version) {
        return """
                {"funding": %d, "version": %d, "quotas": [{"hostSchool": "qunyi", "major": "旅游服务与管理", "seats": %d}]}
                """.formatted(funding, version, ROUNDS * 2);
    }

    private static String stage(String to, String reason, long version) {
        return "{\"to\": \"%s\", \"reason\": %s, \"version\": %d}".formatted(to,
                reason == null ? "null" : "\"" + reason + "\"", version);
    }

    // --- HTTP

    private JsonNode read(String path) throws Exception {
        var answer = send("admin", "GET", path, null);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    /** Both calls leave together, each on its own thread and connection. */
    private Pair atOnce(Callable<Answer> one, Callable<Answer> other) throws Exception {
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var answers = new ArrayList<Future<Answer>>();
        for (var call : List.of(one, other)) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        ready.await();
        go.countDown();
        return new Pair(answers.get(0).get(), answers.get(1).get());
    }

    private Answer send(String user, String method, String path, String json) throws Exception {
        var builder = request(user, path).header("Accept-Language", "zh-CN");
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        var request = builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build();
        long sent = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        var body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Answer(user, response.statusCode(), body, sent, answered);
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
