package org.counterpart.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.counterpart.planning.PlanSheetRow;
import org.counterpart.planning.adapter.in.files.PlanFiles;

import tools.jackson.databind.JsonNode;

/**
 * Builds the data set of issue 7 through the application's own paths: plan workbooks imported, programmes planned
 * (the seed plug-in's call of the use case), cohorts planned, rosters imported, started and completed, enrolment
 * programmes planned, students imported, enrolled and granted subsidies one by one, duties set and reports written,
 * submitted and reviewed. Never an INSERT. Each part is timed; each request is recorded in its own series.
 */
final class Seed {

    static final String DEMO_PASSWORD = "demo";
    /** The reporters: the demo accounts of units and offices (the mysql profile has no other way to make one). */
    static final List<String[]> REPORTERS = List.of(new String[] { "shipei", "unit", "shipei" },
            new String[] { "xuexiao", "unit", "qunyi" }, new String[] { "jijiao", "office", "jijiao" },
            new String[] { "zhijiao", "office", "zhijiao" }, new String[] { "renshi", "office", "renshi" });

    final Http http;
    final String admin;
    final ExecutorService pool;
    final Path repo;
    final double scale;
    final List<Integer> years;
    final Map<String, Part> parts = new LinkedHashMap<>();

    /** How long one part of the build took and how many things it made. */
    static final class Part {
        final String name;
        long nanos;
        final AtomicLong things = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        String firstRefusal;
        String unit = "";
        String path = "";
        /** How many times more of these the full data set has than this run makes. */
        double factor = 1;

        Part(String name) {
            this.name = name;
        }

        synchronized void refuse(String message) {
            refused.incrementAndGet();
            if (firstRefusal == null) {
                firstRefusal = message;
            }
        }

        double perSecond() {
            return things.get() / (nanos / 1e9);
        }
    }

    Seed(Http http, String admin, ExecutorService pool, Path repo, double scale, List<Integer> years) {
        this.http = http;
        this.admin = admin;
        this.pool = pool;
        this.repo = repo;
        this.scale = scale;
        this.years = years;
    }

    static String user(String name) {
        return Http.basic(name, DEMO_PASSWORD);
    }

    int tasksPerYear() {
        return Math.max(1, (int) Math.round(5000 * scale));
    }

    int programmesPerYear() {
        return Math.max(1, (int) Math.round(200 * scale));
    }

    static final int TRAINEES_PER_PROGRAMME = 100;

    int studentsPerYear() {
        return Math.max(12, (int) Math.round(10000 * scale));
    }

    int reportsPerYear() {
        return Math.max(REPORTERS.size(), (int) Math.round(5000 * scale));
    }

    Part part(String name, String unit, String path, double factor) {
        var p = parts.computeIfAbsent(name, Part::new);
        p.unit = unit;
        p.path = path;
        p.factor = factor;
        return p;
    }

    void timed(Part part, Runnable work) {
        long start = System.nanoTime();
        work.run();
        part.nanos += System.nanoTime() - start;
        System.out.printf("  %-34s %8d %-14s in %7.1f s (%.1f/s)%s%n", part.name, part.things.get(), part.unit,
                part.nanos / 1e9, part.perSecond(),
                part.refused.get() > 0 ? ", " + part.refused.get() + " refused: " + part.firstRefusal : "");
    }

    /** Runs the work on every item on the pool, waiting for all; a refusal is counted, not thrown. */
    <T> void each(List<T> items, Part part, Consumer<T> work) {
        var futures = new ArrayList<Future<?>>();
        for (var item : items) {
            futures.add(pool.submit(() -> {
                try {
                    work.accept(item);
                } catch (RuntimeException e) {
                    part.refuse(e.getMessage());
                }
            }));
        }
        for (var f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isObject() ? node.path("value").asString() : node.asString();
    }

    // ---------------------------------------------------------------- planning

    List<PlanSheetRow> templates() throws IOException {
        try (var in = Files.newInputStream(repo.resolve("modules/planning/src/main/resources/planning/demo/plan-2018.csv"))) {
            return new PlanFiles().read("plan-2018.csv", in);
        }
    }

    /** A plan workbook of n tasks in Attachment 2's layout, the notice's 51 rows over and over, each numbered anew. */
    byte[] planWorkbook(int year, int n, boolean spoilLast) throws IOException {
        var templates = templates();
        var rows = new ArrayList<PlanSheetRow>(n);
        for (int i = 0; i < n; i++) {
            var t = templates.get(i % templates.size());
            var regions = spoilLast && i == n - 1 ? "火星" : t.regions();
            rows.add(new PlanSheetRow(i + 3, String.valueOf(i + 1), regions, t.project() + "（" + (i + 1) + "）",
                    t.responsible(), t.requirements()));
        }
        var out = new ByteArrayOutputStream();
        new PlanFiles().writeXlsx(year + "年工作任务", rows, out);
        return out.toByteArray();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Imports a plan workbook and follows the import to its end: its outcome as the API tells it when the import ends
     * within the request (200 done, 422 refused) or, when the request answered 202, as that status the job's end means
     * (DONE 200, REFUSED 422, FAILED or INTERRUPTED 503), with the job's last status as the body.
     */
    Http.Response importPlan(String series, int year, byte[] workbook, int... expected) {
        return importPlanTimed(series, year, workbook, expected).outcome();
    }

    /** An import followed to its end: its outcome, and when the request answered and when the job was seen ended. */
    record Imported(Http.Response outcome, int answeredStatus, long answeredNanos, long endedNanos) {
    }

    Imported importPlanTimed(String series, int year, byte[] workbook, int... expected) {
        int[] accepted = java.util.stream.IntStream.concat(java.util.Arrays.stream(expected.length == 0
                ? new int[] { 200, 201 } : expected), java.util.stream.IntStream.of(202)).toArray();
        var answer = http.upload(series, "/api/planning/plans/" + year + "/import", admin, year + "-plan.xlsx", XLSX,
                workbook, accepted);
        long answered = System.nanoTime();
        if (answer.status() != 202) {
            return new Imported(answer, answer.status(), answered, answered);
        }
        var job = answer.json();
        var path = "/api/planning/plans/" + year + "/imports/" + job.get("id").asString();
        long deadline = answered + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            var status = http.get(series + " (status)", path, admin);
            var state = status.json().get("state").asString();
            int outcome = switch (state) {
                case "DONE" -> 200;
                case "REFUSED" -> 422;
                case "FAILED", "INTERRUPTED" -> 503;
                default -> 0;
            };
            if (outcome != 0) {
                long ended = System.nanoTime();
                boolean ok = expected.length == 0 ? outcome == 200 : java.util.Arrays.stream(expected)
                        .anyMatch(e -> e == outcome);
                if (!ok) {
                    throw new Http.Refused(series + " (the import " + path + ")", outcome, status.body());
                }
                return new Imported(new Http.Response(outcome, status.body()), 202, answered, ended);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RuntimeException(e);
            }
        }
        throw new IllegalStateException(series + ": the import " + path + " did not end in 10 minutes");
    }

    List<JsonNode> allTasks(int year) {
        var tasks = new ArrayList<JsonNode>();
        for (int page = 0;; page++) {
            var items = http.get("seed: list tasks", "/api/planning/plans/" + year + "/tasks?size=200&page=" + page,
                    admin).json().path("items");
            items.forEach(tasks::add);
            if (items.size() < 200) {
                return tasks;
            }
        }
    }

    void planning() throws IOException {
        var imports = part("plan workbooks imported", "tasks", "POST /api/planning/plans/{year}/import (.xlsx)", 5000.0 / tasksPerYear());
        for (int year : years) {
            var workbook = planWorkbook(year, tasksPerYear(), false);
            timed(imports, () -> {
                importPlan("seed: plan import", year, workbook);
                imports.things.addAndGet(tasksPerYear());
            });
        }
        var moves = part("tasks started / completed", "transitions", "POST …/tasks/{n}/transitions", 5000.0 / tasksPerYear());
        var milestones = part("milestones added (overdue)", "milestones", "POST …/tasks/{n}/milestones", 5000.0 / tasksPerYear());
        for (int year : years) {
            var tasks = allTasks(year);
            timed(moves, () -> each(tasks.stream().filter(t -> t.path("number").asInt() % 5 == 0).toList(), moves,
                    t -> {
                        var path = "/api/planning/plans/" + year + "/tasks/" + t.path("number").asInt() + "/transitions";
                        var started = http.post("seed: task transition", path, admin,
                                Map.of("transition", "START", "version", t.path("version").asLong())).json();
                        moves.things.incrementAndGet();
                        if (t.path("number").asInt() % 10 == 0) {
                            http.post("seed: task transition", path, admin, Map.of("transition", "COMPLETE",
                                    "version", started.path("task").path("version").asLong()));
                            moves.things.incrementAndGet();
                        }
                    }));
            timed(milestones, () -> each(tasks.stream().filter(t -> t.path("number").asInt() % 20 == 3).toList(),
                    milestones, t -> {
                        http.post("seed: milestone", "/api/planning/plans/" + year + "/tasks/"
                                + t.path("number").asInt() + "/milestones", admin, Map.of("title", "中期检查",
                                "due", LocalDate.of(year, 6, 30).toString(), "version", t.path("version").asLong()));
                        milestones.things.incrementAndGet();
                    }));
        }
    }

    // ---------------------------------------------------------------- training

    record ProgrammeTemplate(String name, String mode, String funding, String duration, String unit, String region,
            int task) {
    }

    List<ProgrammeTemplate> programmeTemplates() throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var list = new ArrayList<ProgrammeTemplate>();
        var text = Files.readString(repo.resolve("modules/training/src/main/resources/training/demo/programmes-2018.csv"))
                .replace("\uFEFF", "");
        try (var parser = format.parse(new java.io.StringReader(text))) {
            for (var r : parser) {
                list.add(new ProgrammeTemplate(r.get(1), r.get(2), r.get(3), r.get(5), r.get(6), r.get(7),
                        Integer.parseInt(r.get(8).strip())));
            }
        }
        return list;
    }

    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "扎西", "次仁", "阿依" };
    static final String[] GIVEN = { "明", "华", "芳", "军", "敏", "静", "强", "丽", "卓玛", "古丽", "平措", "伟", "娜" };

    static String personName(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]
                + GIVEN[(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length];
    }

    static byte[] roster(int programme, int n) {
        var sb = new StringBuilder("姓名,性别,民族,地区,学校或单位,职务,联系电话\r\n");
        for (int i = 0; i < n; i++) {
            int k = programme * n + i;
            sb.append(personName(k)).append(i).append(',').append(i % 2 == 0 ? "男" : "女").append(",汉族,喀什,")
                    .append("喀什第").append(1 + k % 40).append("中学,").append(i % 3 == 0 ? "校长" : "教师").append(',')
                    .append(String.format("139%08d", k % 100_000_000)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    void training() throws IOException {
        var templates = programmeTemplates();
        var planned = part("training programmes planned", "programmes",
                "POST /api/bench/training/programmes (seed plug-in → ManageProgrammes.plan)", 200.0 / programmesPerYear());
        var cohorts = part("cohorts planned", "cohorts", "POST /api/training/programmes/{id}/cohorts", 200.0 / programmesPerYear());
        var rosters = part("rosters imported", "trainees", "POST /api/training/cohorts/{id}/roster (.csv, 100 rows)", 200.0 / programmesPerYear());
        var runs = part("cohorts started / completed", "cohorts", "POST /api/training/cohorts/{id}/start, /complete", 200.0 / programmesPerYear());
        for (int year : years) {
            var numbers = new ArrayList<Integer>();
            for (int i = 1; i <= programmesPerYear(); i++) {
                numbers.add(i);
            }
            var ids = new java.util.concurrent.ConcurrentHashMap<Integer, String>();
            timed(planned, () -> each(numbers, planned, n -> {
                var t = templates.get((n - 1) % templates.size());
                var body = new LinkedHashMap<String, Object>();
                body.put("year", year);
                body.put("number", n);
                body.put("name", year + "年" + t.name() + "（" + n + "）");
                body.put("region", t.region());
                body.put("mode", t.mode());
                body.put("funding", t.funding());
                body.put("partnerName", null);
                body.put("plannedTrainees", TRAINEES_PER_PROGRAMME);
                body.put("duration", t.duration());
                body.put("unit", t.unit());
                body.put("office", "renshi");
                body.put("planTask", t.task());
                var r = http.post("seed: plan programme", "/api/bench/training/programmes", admin, body).json();
                ids.put(n, r.path("id").asString());
                planned.things.incrementAndGet();
            }));
            var cohortIds = new java.util.concurrent.ConcurrentHashMap<Integer, JsonNode>();
            timed(cohorts, () -> each(numbers.stream().filter(ids::containsKey).toList(), cohorts, n -> {
                var r = http.post("seed: plan cohort", "/api/training/programmes/" + ids.get(n) + "/cohorts", admin,
                        Map.of("name", "第一期", "start", LocalDate.of(year, 3, 1).toString(),
                                "end", LocalDate.of(year, 5, 31).toString(), "place", "上海")).json();
                cohortIds.put(n, r.path("cohort"));
                cohorts.things.incrementAndGet();
            }));
            var rostered = new java.util.concurrent.ConcurrentHashMap<Integer, JsonNode>();
            timed(rosters, () -> each(numbers.stream().filter(cohortIds::containsKey).toList(), rosters, n -> {
                var c = cohortIds.get(n);
                var r = http.upload("seed: roster import", "/api/training/cohorts/" + text(c.path("id"))
                        + "/roster?version=" + c.path("version").asLong(), admin, "roster.csv", "text/csv",
                        roster(year * 1000 + n, TRAINEES_PER_PROGRAMME)).json();
                rostered.put(n, r);
                rosters.things.addAndGet(TRAINEES_PER_PROGRAMME);
            }));
            timed(runs, () -> each(numbers.stream().filter(rostered::containsKey).toList(), runs, n -> {
                var details = rostered.get(n);
                var id = text(details.path("cohort").path("id"));
                var started = http.post("seed: cohort start", "/api/training/cohorts/" + id + "/start", admin,
                        Map.of("version", details.path("cohort").path("version").asLong())).json();
                runs.things.incrementAndGet();
                if (n % 2 == 0) {
                    var completed = new ArrayList<String>();
                    started.path("roster").forEach(t -> {
                        if (completed.size() < TRAINEES_PER_PROGRAMME * 9 / 10) {
                            completed.add(text(t.path("id")));
                        }
                    });
                    http.post("seed: cohort complete", "/api/training/cohorts/" + id + "/complete", admin,
                            Map.of("completed", completed, "version", started.path("cohort").path("version").asLong()));
                }
            }));
        }
    }

    // ---------------------------------------------------------------- enrolment

    /** One demo student of each kind: where such students come from and which school and major takes them. */
    Map<String, Map<String, String>> studentTemplates() throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var templates = new LinkedHashMap<String, Map<String, String>>();
        var text = Files.readString(repo.resolve("modules/enrolment/src/main/resources/enrolment/demo/students-2018.csv"))
                .replace("\uFEFF", "");
        try (var parser = format.parse(new java.io.StringReader(text))) {
            for (var r : parser) {
                templates.putIfAbsent(r.get("项目"), r.toMap());
            }
        }
        return templates;
    }

    static final String[] AREAS = { "540102", "540202", "653101", "653125", "532901", "530502", "632621", "520302" };

    /** A national ID number with a valid GB 11643 check character, unique for each i below 3,650,000. */
    static String nationalId(int i, boolean male) {
        var birth = LocalDate.of(1998, 1, 1).plusDays(i / 500 % 3650);
        int seq = (i % 500) * 2 + (male ? 1 : 0);
        var body = AREAS[(i / 500 / 3650) % AREAS.length] + birth.toString().replace("-", "")
                + String.format("%03d", seq);
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static final AtomicLong STUDENT = new AtomicLong();

    byte[] students(Map<String, String> t, int year, int n) {
        var sb = new StringBuilder("姓名,性别,民族,身份证号,生源地,县（市、区）,建档立卡,学校,专业,入学年份\r\n");
        for (int i = 0; i < n; i++) {
            int k = (int) STUDENT.getAndIncrement();
            boolean male = k % 2 == 0;
            sb.append(personName(k)).append(',').append(male ? "男" : "女").append(',').append(t.get("民族"))
                    .append(',').append(nationalId(k, male)).append(',').append(t.get("生源地")).append(',')
                    .append(t.get("县（市、区）")).append(",是,").append(t.get("学校")).append(',').append(t.get("专业"))
                    .append(',').append(year).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    void enrolment() throws IOException {
        var templates = studentTemplates();
        var schools = new LinkedHashMap<String, String>();
        http.get("seed: directory", "/api/directory/units?size=200", admin).json().path("items")
                .forEach(u -> schools.put(u.path("nameZh").asString(), text(u.path("code"))));
        var planned = part("enrolment programmes planned", "programmes", "POST /api/enrolment/programmes", 1);
        var imports = part("students imported", "students", "POST /api/enrolment/programmes/{id}/students/import (.csv)", 10000.0 / (Math.max(1, studentsPerYear() / templates.size()) * templates.size()));
        var moves = part("students enrolled (one by one)", "students", "POST /api/enrolment/students/{id}/stage", 10000.0 / (Math.max(1, studentsPerYear() / templates.size()) * templates.size()));
        var grants = part("subsidies granted (one by one)", "grants", "POST /api/enrolment/students/{id}/subsidies", 10000.0 / (Math.max(1, studentsPerYear() / templates.size()) * templates.size()));
        var kinds = new ArrayList<>(templates.keySet());
        for (int year : years) {
            int perProgramme = Math.max(1, studentsPerYear() / kinds.size());
            var programmes = new java.util.concurrent.ConcurrentHashMap<String, String>();
            timed(planned, () -> each(kinds, planned, kind -> {
                var t = templates.get(kind);
                var school = schools.get(t.get("学校"));
                var quota = new LinkedHashMap<String, Object>();
                quota.put("hostSchool", school);
                quota.put("major", t.get("专业").isBlank() ? null : t.get("专业"));
                quota.put("seats", perProgramme);
                var body = new LinkedHashMap<String, Object>();
                body.put("academicYear", year);
                body.put("kind", kind);
                body.put("funding", "100");
                body.put("quotas", List.of(quota));
                var r = http.post("seed: plan enrolment programme", "/api/enrolment/programmes", admin, body).json();
                programmes.put(kind, r.path("programme").path("id").asString());
                planned.things.incrementAndGet();
            }));
            timed(imports, () -> each(kinds.stream().filter(programmes::containsKey).toList(), imports, kind -> {
                http.upload("seed: student import", "/api/enrolment/programmes/" + programmes.get(kind)
                        + "/students/import", admin, "students.csv", "text/csv",
                        students(templates.get(kind), year, perProgramme));
                imports.things.addAndGet(perProgramme);
            }));
            var students = new ArrayList<JsonNode>();
            for (var id : programmes.values()) {
                for (int page = 0;; page++) {
                    var items = http.get("seed: list students", "/api/enrolment/programmes/" + id
                            + "/students?size=200&page=" + page, admin).json().path("items");
                    items.forEach(students::add);
                    if (items.size() < 200) {
                        break;
                    }
                }
            }
            var enrolled = java.util.Collections.synchronizedList(new ArrayList<String>());
            timed(moves, () -> each(students, moves, s -> {
                if ("ADMITTED".equals(s.path("stage").asString())) {
                    http.post("seed: student stage", "/api/enrolment/students/" + s.path("id").asString() + "/stage",
                            admin, Map.of("to", "ENROLLED", "version", s.path("version").asLong()), 200);
                    moves.things.incrementAndGet();
                }
                enrolled.add(s.path("id").asString());
            }));
            var terms = List.of(year + "-1", year + "-2", (year + 1) + "-1", (year + 1) + "-2");
            timed(grants, () -> each(new ArrayList<>(enrolled), grants, id -> {
                for (var term : terms) {
                    try {
                        http.post("seed: subsidy grant", "/api/enrolment/students/" + id + "/subsidies", admin,
                                Map.of("term", term, "amount", term.endsWith("-1") ? "3000.00" : "1500.00",
                                        "purpose", term.endsWith("-1") ? "学费及住宿费补助" : "生活补助"));
                        grants.things.incrementAndGet();
                    } catch (RuntimeException e) {
                        grants.refuse(e.getMessage());
                    }
                }
            }));
        }
    }

    // ---------------------------------------------------------------- reporting

    void reporting() {
        var duties = part("duties set", "duties", "POST /api/reporting/duties", 1);
        var written = part("reports written, submitted, reviewed", "reports",
                "POST /api/reporting/reports, …/submit, …/accept|return", 5000.0 / reportsPerYear());
        for (int year : years) {
            var dutyIds = new java.util.concurrent.ConcurrentHashMap<String, String>();
            timed(duties, () -> each(REPORTERS, duties, r -> {
                var body = new LinkedHashMap<String, Object>();
                body.put("year", year);
                body.put(r[1], r[2]);
                body.put("subject", "TASK:" + year + "-1");
                body.put("kind", "PRACTICE");
                body.put("frequency", "QUARTERLY");
                body.put("daysAllowed", 10);
                var d = http.post("seed: duty", "/api/reporting/duties", admin, body).json();
                dutyIds.put(r[0], d.path("id").asString());
                duties.things.incrementAndGet();
            }));
            var items = new ArrayList<Integer>();
            for (int i = 0; i < reportsPerYear(); i++) {
                items.add(i);
            }
            int tasks = tasksPerYear();
            timed(written, () -> each(items, written, i -> {
                var r = REPORTERS.get(i % REPORTERS.size());
                int nth = i / REPORTERS.size();
                var body = new LinkedHashMap<String, Object>();
                body.put("title", year + "年工作信息 " + (i + 1));
                body.put("body", "<p>" + r[0] + " 报送：对口支援工作进展顺利，完成培训 " + (i % 97)
                        + " 人次。</p><ul><li>师资培训</li><li>职教帮扶</li></ul>");
                if (nth < 4 && dutyIds.containsKey(r[0])) {
                    body.put("duty", dutyIds.get(r[0]));
                    body.put("period", year + "-Q" + (nth + 1));
                } else {
                    body.put("kind", "NEWS");
                    body.put("subject", "TASK:" + year + "-" + (1 + i % tasks));
                }
                var who = user(r[0]);
                var draft = http.post("seed: report draft", "/api/reporting/reports", who, body).json();
                var id = draft.path("report").path("id").asString();
                if (i % 20 == 19) {
                    written.things.incrementAndGet();
                    return; // stays a draft
                }
                var submitted = http.post("seed: report submit", "/api/reporting/reports/" + id + "/submit", who,
                        Map.of("version", draft.path("report").path("version").asLong()), 200).json();
                if (i % 20 == 18) {
                    written.things.incrementAndGet();
                    return; // waits for review
                }
                var version = submitted.path("report").path("version").asLong();
                if (i % 20 == 17) {
                    http.post("seed: report return", "/api/reporting/reports/" + id + "/return", admin,
                            Map.of("version", version, "comment", "请补充培训人数的来源。"), 200);
                } else {
                    http.post("seed: report accept", "/api/reporting/reports/" + id + "/accept", admin,
                            Map.of("version", version), 200);
                }
                written.things.incrementAndGet();
            }));
        }
    }
}
