package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.counterpart.accounts.Accounts;
import org.counterpart.enrolment.NationalIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 权限矩阵 — every endpoint of the API and every page, generated from the application's own route list, called by
 * everyone who can call it: nobody signed in, the commission office (ADMIN), an office that oversees enrolment and
 * leads tasks (基教处), an office that coordinates training (人事处), the unit that runs training (市师资培训中心), a
 * host school (群益职校, a UNIT) and a viewer — each on records of their own and on others' (the 2018 demo data).
 * <p>
 * The expectations are in {@code src/test/resources/security/authorisation-matrix.txt}, one probe a line: the route,
 * the path called, what is sent, and what each of the seven gets. A route of the application without a probe fails
 * the build, as does a probe of a route that is gone. Every call runs in a transaction that is rolled back, so nothing
 * a probe does stays. What each call got is written to {@code target/authorisation-matrix.observed.txt}, in the same
 * form, for review.
 * <p>
 * What a cell says: {@code 2xx} answered; {@code 3xx} sent on (a page after a form); {@code login} asked to sign in
 * (401 from the API, the sign-in page for pages); {@code 403} refused; {@code 404} not found — a record of others the
 * caller may not know of, or none; {@code 400}, {@code 409}, {@code 422} let in, and told what is wrong with the
 * (empty) input. Any other answer, 500 included, fails unless written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorisationMatrixIntegrationTests {

    static final List<String> WHO = List.of("anonymous", "admin", "jijiao", "renshi", "shipei", "xuexiao", "viewer");
    static final Path MATRIX = Path.of("src/test/resources/security/authorisation-matrix.txt");
    static final Path OBSERVED = Path.of("target/authorisation-matrix.observed.txt");
    static final Pattern FIXTURE = Pattern.compile("\\{([a-z0-9-]+)\\}");

    /**
     * Records of the 2018 demo data the probes name as {@code {name}} in their paths: whose they are is what the
     * matrix's own/others' columns rest on.
     */
    static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("programme-of-shipei", "SELECT id FROM training_programme WHERE programme_year = 2018 "
                    + "AND implementing_unit = 'shipei' ORDER BY seq"),
            Map.entry("programme-of-another-unit", "SELECT id FROM training_programme WHERE programme_year = 2018 "
                    + "AND implementing_unit <> 'shipei' ORDER BY seq"),
            Map.entry("cohort-of-shipei", "SELECT c.id FROM training_cohort c JOIN training_programme p "
                    + "ON p.id = c.programme_id WHERE p.programme_year = 2018 AND p.implementing_unit = 'shipei' "
                    + "ORDER BY c.start_date, c.id"),
            Map.entry("enrolment-programme-hosting-qunyi", "SELECT p.id FROM enrolment_programme p "
                    + "WHERE p.academic_year = 2018 AND EXISTS (SELECT 1 FROM enrolment_quota q "
                    + "WHERE q.programme_id = p.id AND q.host_school = 'qunyi') ORDER BY p.kind"),
            Map.entry("enrolment-programme-of-others", "SELECT p.id FROM enrolment_programme p "
                    + "WHERE p.academic_year = 2018 AND p.coordinating_office NOT IN ('jijiao', 'renshi') "
                    + "AND NOT EXISTS (SELECT 1 FROM enrolment_quota q WHERE q.programme_id = p.id "
                    + "AND q.host_school = 'qunyi') ORDER BY p.kind"),
            Map.entry("student-at-qunyi", "SELECT s.id FROM enrolment_student s JOIN enrolment_programme p "
                    + "ON p.id = s.programme_id WHERE p.academic_year = 2018 AND s.host_school = 'qunyi' "
                    + "ORDER BY s.name, s.id"),
            Map.entry("student-elsewhere", "SELECT s.id FROM enrolment_student s JOIN enrolment_programme p "
                    + "ON p.id = s.programme_id WHERE p.academic_year = 2018 AND s.host_school <> 'qunyi' "
                    + "ORDER BY s.name, s.id"),
            Map.entry("report-submitted-by-shipei", "SELECT id FROM reporting_report WHERE report_year = 2018 "
                    + "AND reporter_code = 'shipei' AND status = 'SUBMITTED' ORDER BY id"),
            Map.entry("report-accepted-of-shipei", "SELECT id FROM reporting_report WHERE report_year = 2018 "
                    + "AND reporter_code = 'shipei' AND status = 'ACCEPTED' ORDER BY id"),
            Map.entry("report-draft-of-qunyi", "SELECT id FROM reporting_report WHERE report_year = 2018 "
                    + "AND reporter_code = 'qunyi' AND status = 'DRAFT' ORDER BY id"),
            Map.entry("attachment", "SELECT CONCAT(a.report_id, '/attachments/', a.id) FROM "
                    + "reporting_report_attachment a JOIN reporting_report r ON r.id = a.report_id "
                    + "WHERE r.report_year = 2018 ORDER BY a.id"),
            Map.entry("duty-of-shipei", "SELECT id FROM reporting_duty WHERE duty_year = 2018 "
                    + "AND reporter_code = 'shipei' ORDER BY id"),
            Map.entry("duty-of-qunyi", "SELECT id FROM reporting_duty WHERE duty_year = 2018 "
                    + "AND reporter_code = 'qunyi' ORDER BY id"));

    /**
     * What a probe may send by name, {@code json=NAME}, {@code form=NAME} or {@code file=NAME}: well formed, so that
     * what a caller gets turns on who they are rather than on the input. The versions are ones no record has
     * (999999): a caller who may act is let in and told the record changed meanwhile (409), or what else is wrong,
     * and nothing is written; one who may not is refused (403).
     */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("enrolment-programme", """
                    {"academicYear": 2031, "kind": "TIBET_JUNIOR_CLASS",
                     "quotas": [{"hostSchool": "gongkang", "seats": 10}]}"""),
            Map.entry("enrolment-quota", """
                    {"funding": 10, "version": 999999,
                     "quotas": [{"hostSchool": "qunyi", "major": "旅游服务与管理", "seats": 500}]}"""),
            Map.entry("student-stage", """
                    {"to": "GRADUATED", "version": 999999}"""),
            Map.entry("students", "姓名,性别,民族,身份证号,生源地,县（市、区）,建档立卡,学校,专业,入学年份\n"
                    + "权限矩阵,女,维吾尔族," + NationalIds.next() + ",泽普县,泽普县,否,上海市群益职业技术学校,"
                    + "旅游服务与管理,2018\n"),
            Map.entry("task-transition", """
                    {"transition": "START", "version": 999999}"""),
            Map.entry("task-milestone", """
                    {"title": "权限矩阵里程碑", "due": "2018-12-01", "version": 999999}"""),
            Map.entry("milestone-reached", """
                    {"reachedOn": "2018-10-01", "version": 999999}"""),
            Map.entry("duty", """
                    {"year": 2018, "office": "jijiao", "subject": "TASK:2018-21", "kind": "NEWS",
                     "frequency": "QUARTERLY", "daysAllowed": 10, "version": 999999}"""),
            Map.entry("report-revision", """
                    {"title": "权限矩阵", "body": "<p>正文</p>", "kind": "NEWS", "version": 999999}"""),
            Map.entry("report-step", """
                    {"version": 999999, "comment": "请补充数据"}"""),
            Map.entry("cohort-attendance", """
                    {"trainee": "00000000-0000-0000-0000-000000000000", "day": "2018-09-03", "present": true}"""),
            Map.entry("cohort-completion", """
                    {"completed": [], "version": 999999}"""),
            Map.entry("cohort-version", """
                    {"version": 999999}"""),
            Map.entry("cohort-trainees", """
                    {"trainees": [{"name": "权限矩阵", "gender": "男", "ethnicity": "汉族", "region": "喀什",
                      "organisation": "喀什一中", "post": "教师", "phone": "13800000000"}], "version": 999999}"""),
            Map.entry("roster", "姓名,性别,民族,地区,学校或单位,职务,联系电话\n权限矩阵,男,汉族,喀什,喀什一中,教师,13800000000\n"),
            Map.entry("spending", """
                    {"line": "00000000-0000-0000-0000-000000000000", "spentOn": "2018-09-03", "amount": 1,
                     "description": "权限矩阵"}"""),
            Map.entry("funding", """
                    {"commissionFunding": 1, "partnerFunding": 0, "plannedTrainees": 10, "version": 999999}"""),
            // Forms, as the pages send them.
            Map.entry("enrolment-revise-form", form("version", "999999", "funding", "10", "school", "qunyi", "major",
                    "旅游服务与管理", "seats", "500")),
            Map.entry("admit-form", form("name", "权限矩阵", "gender", "女", "ethnicity", "维吾尔族", "nationalId",
                    NationalIds.next(), "region", "zepu", "county", "泽普县", "school", "qunyi", "major", "旅游服务与管理",
                    "cohortYear", "2018")),
            Map.entry("token-form", form("token", "no-such-preview", "version", "999999")),
            Map.entry("stage-form", form("to", "GRADUATED", "version", "999999")),
            Map.entry("subsidy-form", form("term", "2018-1", "amount", "100", "purpose", "学费补助")),
            Map.entry("transition-form", form("transition", "START", "version", "999999")),
            Map.entry("milestone-form", form("title", "权限矩阵里程碑", "due", "2018-12-01", "version", "999999")),
            Map.entry("reached-form", form("reachedOn", "2018-10-01", "version", "999999")),
            Map.entry("duty-form", form("year", "2018", "reporter", "OFFICE:jijiao", "subject", "TASK:2018-21", "kind",
                    "NEWS", "frequency", "QUARTERLY", "daysAllowed", "10", "version", "999999")),
            Map.entry("duty-delete-form", form("year", "2018", "version", "999999")),
            Map.entry("report-form", form("title", "权限矩阵", "body", "<p>正文</p>", "kind", "NEWS", "version",
                    "999999")),
            Map.entry("report-step-form", form("comment", "请补充数据", "version", "999999")),
            Map.entry("attendance-form", form("day", "2018-09-03", "trainee", "00000000-0000-0000-0000-000000000000",
                    "present", "00000000-0000-0000-0000-000000000000")),
            Map.entry("version-form", form("version", "999999")),
            Map.entry("trainee-form", form("name", "权限矩阵", "gender", "男", "ethnicity", "汉族", "region", "喀什",
                    "organisation", "喀什一中", "post", "教师", "phone", "13800000000", "version", "999999")),
            Map.entry("funding-form", form("commissionFunding", "1", "partnerFunding", "0", "plannedTrainees", "10",
                    "version", "999999")));

    /** Name, value, name, value … as a form posts them. */
    static String form(String... namesAndValues) {
        var fields = new ArrayList<String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", fields);
    }

    record Route(String method, String pattern) implements Comparable<Route> {

        @Override
        public int compareTo(Route other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }

        boolean isPage() {
            return !pattern.startsWith("/api/");
        }
    }

    /** One line of the matrix: a route, the path called, what is sent ({@code -}, json, form, file), who gets what. */
    record Probe(Route route, String path, String body, List<String> expected, int line) {
    }

    static final Map<Probe, Map<String, String>> OBSERVED_OUTCOMES = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static List<Probe> probes() throws IOException {
        var probes = new ArrayList<Probe>();
        var lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).replaceFirst("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var cells = line.split("\\s+");
            if (cells.length != 4 + WHO.size()) {
                throw new IllegalStateException(MATRIX + ":" + (i + 1) + ": expected " + (4 + WHO.size())
                        + " cells (method, route, path, body and one for each of " + WHO + "): " + line);
            }
            probes.add(new Probe(new Route(cells[0], cells[1]), cells[2], cells[3],
                    List.of(cells).subList(4, cells.length), i + 1));
        }
        return probes;
    }

    /** The application's own routes: every handler method of Counterpart's controllers, each method and path. */
    TreeSet<Route> routes() {
        var routes = new TreeSet<Route>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.counterpart")) {
                return; // Spring Boot's /error and springdoc's description: public by the security configuration
            }
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", pattern));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), pattern)));
            }
        });
        return routes;
    }

    @Test
    void everyRouteOfTheApplicationHasAProbeAndEveryProbeARoute() throws IOException {
        var routes = routes();
        var probed = probes().stream().map(Probe::route).collect(Collectors.toCollection(TreeSet::new));

        var withoutProbe = new TreeSet<>(routes);
        withoutProbe.removeAll(probed);
        var gone = new TreeSet<>(probed);
        gone.removeAll(routes);

        assertThat(routes).as("routes found").hasSizeGreaterThan(100);
        assertThat(withoutProbe).as("routes without a line in " + MATRIX + " (add who may call them)").isEmpty();
        assertThat(gone).as("lines of " + MATRIX + " for routes the application no longer has").isEmpty();
    }

    @Test
    void everyFormThatChangesSomethingIsRefusedWithoutItsCsrfToken() throws Exception {
        var fixtures = fixtures();
        var checked = 0;
        for (var probe : probes()) {
            if (!probe.route().isPage() || probe.route().method().equals("GET")) {
                continue;
            }
            var outcome = call(new Probe(probe.route(), resolve(probe.path(), fixtures), probe.body(),
                    probe.expected(), probe.line()), "admin", false);
            assertThat(outcome).as(probe.route() + " as admin without a CSRF token (line " + probe.line() + ")")
                    .isEqualTo("403");
            checked++;
        }
        assertThat(checked).as("state-changing page routes").isGreaterThan(30);
    }

    @TestFactory
    Stream<DynamicTest> everyoneGetsWhatTheMatrixSays() throws IOException {
        var fixtures = fixtures();
        return probes().stream().flatMap(probe -> {
            var resolved = new Probe(probe.route(), resolve(probe.path(), fixtures), probe.body(), probe.expected(),
                    probe.line());
            return WHO.stream().map(who -> DynamicTest.dynamicTest(
                    probe.route() + " " + resolved.path() + " as " + who + " (line " + probe.line() + ")", () -> {
                        var outcome = call(resolved, who, true);
                        OBSERVED_OUTCOMES.computeIfAbsent(probe, p -> new ConcurrentHashMap<>()).put(who, outcome);
                        assertThat(outcome).isEqualTo(probe.expected().get(WHO.indexOf(who)));
                    }));
        });
    }

    /** Writes what everyone got, as a matrix, beside the build's output: for review and for new lines. */
    @AfterAll
    static void writeWhatWasObserved() throws IOException {
        if (OBSERVED_OUTCOMES.isEmpty()) {
            return;
        }
        var out = new ArrayList<String>();
        out.add("# observed " + java.time.Instant.now() + "; columns: method route path body " + String.join(" ", WHO));
        for (var probe : probes()) {
            var got = OBSERVED_OUTCOMES.getOrDefault(probe, Map.of());
            out.add(String.join(" ", probe.route().method(), probe.route().pattern(), probe.path(), probe.body(),
                    WHO.stream().map(w -> got.getOrDefault(w, "?")).collect(Collectors.joining(" "))));
        }
        Files.createDirectories(OBSERVED.getParent());
        Files.write(OBSERVED, out, StandardCharsets.UTF_8);
    }

    Map<String, String> fixtures() {
        var found = new LinkedHashMap<String, String>();
        FIXTURES.forEach((name, sql) -> {
            var ids = jdbc.queryForList(sql, String.class);
            if (ids.isEmpty()) {
                throw new IllegalStateException("the demo data has no " + name + " (" + sql + ")");
            }
            found.put(name, ids.get(0));
        });
        return found;
    }

    static String resolve(String path, Map<String, String> fixtures) {
        var matcher = FIXTURE.matcher(path);
        var resolved = new StringBuilder();
        while (matcher.find()) {
            var value = fixtures.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no fixture named " + matcher.group(1) + " in " + path);
            }
            matcher.appendReplacement(resolved, value);
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** Calls the probe's path as {@code who}, in a transaction rolled back afterwards; what came of it, as a cell. */
    String call(Probe probe, String who, boolean withCsrf) {
        var outcome = new String[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                var response = mvc.perform(requestOf(probe, who, withCsrf)).andReturn().getResponse();
                outcome[0] = outcome(response.getStatus(), response.getHeader("Location"));
            } catch (Exception unhandled) {
                outcome[0] = "500";
            } finally {
                status.setRollbackOnly();
            }
        });
        return outcome[0];
    }

    AbstractMockHttpServletRequestBuilder<?> requestOf(Probe probe, String who, boolean withCsrf) {
        var method = HttpMethod.valueOf(probe.route().method().equals("ANY") ? "GET" : probe.route().method());
        var kind = probe.body().contains("=") ? probe.body().substring(0, probe.body().indexOf('=')) : probe.body();
        var named = probe.body().contains("=") ? BODIES.get(probe.body().substring(probe.body().indexOf('=') + 1))
                : null;
        if (probe.body().contains("=") && named == null) {
            throw new IllegalStateException("line " + probe.line() + ": no body named " + probe.body());
        }
        AbstractMockHttpServletRequestBuilder<?> request = switch (kind) {
            case "-" -> request(method, probe.path());
            case "json" -> request(method, probe.path()).contentType(MediaType.APPLICATION_JSON)
                    .content(named == null ? "{}" : named);
            case "form" -> request(method, probe.path()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content(named == null ? "" : named);
            case "file" -> multipart(method, probe.path()).file(new MockMultipartFile("file", "probe.csv",
                    "text/csv", (named == null ? "probe\n" : named).getBytes(StandardCharsets.UTF_8)));
            default -> throw new IllegalStateException("line " + probe.line() + ": what is sent is -, json, form or "
                    + "file (or one of them =NAME), not " + probe.body());
        };
        if (probe.route().isPage() && withCsrf && method != HttpMethod.GET) {
            request.with(csrf());
        }
        if (who.equals("anonymous")) {
            return request;
        }
        if (!probe.route().isPage()) {
            return request.with(httpBasic(who, "demo"));
        }
        var account = accounts.forSignIn(who).orElseThrow();
        return request.with(user(new SignedInUser(account.user(), account.passwordHash(), false, false)));
    }

    static String outcome(int status, String location) {
        if (status == 401 || status == 302 && location != null && location.endsWith("/login")) {
            return "login";
        }
        if (status >= 200 && status < 300) {
            return "2xx";
        }
        if (status >= 300 && status < 400) {
            return "3xx";
        }
        return String.valueOf(status);
    }
}
