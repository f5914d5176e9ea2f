package org.counterpart.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The benchmark of issue 7. Run it with {@code bench/run [--scale 0.01]} from the repository's root: it starts the
 * packaged application against the database {@code counterpart_bench} (dropped and created anew) and the local
 * RabbitMQ, measures the 2018 demo (1×), builds the data set through the application's API, measures again at full
 * size, compares each figure with its limit and its plain baseline, prints the table and writes
 * {@code docs/performance.md}.
 */
public final class Benchmark {

    /** One line of the table. */
    record Row(String item, String operation, String figure, String limit, String ratio, Boolean pass) {
    }

    final Map<String, String> options;
    final double scale;
    final int port;
    final int samples;
    final int threads;
    final double loadSeconds;
    final String database;
    final Path repo = Path.of("").toAbsolutePath();
    final Path work;
    final List<Row> rows = new ArrayList<>();
    final Map<String, String> explains = new LinkedHashMap<>();
    final List<String> unindexed = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final String adminUser = "benchadmin";
    final String adminPassword = "bench-" + Long.toHexString(new SecureRandom().nextLong());
    String admin;
    Http http;
    Baselines baselines;
    Broker broker;
    App app;
    Seed seed;
    final int demoYear = 2018;
    final List<Integer> years = new ArrayList<>();
    int fullYear;
    final String startedAt = Instant.now().toString();
    long startNanos = System.nanoTime();
    double buildSeconds;
    String loadBefore;

    Benchmark(Map<String, String> options) {
        this.options = options;
        this.scale = Double.parseDouble(options.getOrDefault("scale", "0.01"));
        this.port = Integer.parseInt(options.getOrDefault("port", "18080"));
        this.samples = Integer.parseInt(options.getOrDefault("samples", "300"));
        this.threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        this.loadSeconds = Double.parseDouble(options.getOrDefault("load-seconds", "15"));
        this.database = options.getOrDefault("database", "counterpart_bench");
        this.work = repo.resolve("bench/target/run");
        for (int y = 2008; y <= 2017; y++) {
            years.add(y);
        }
        fullYear = years.get(years.size() - 1);
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            var name = args[i].substring(2);
            if (name.contains("=")) {
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else {
                options.put(name, args[++i]);
            }
        }
        if (!"counterpart_bench".equals(options.getOrDefault("database", "counterpart_bench"))
                && !options.getOrDefault("database", "").startsWith("counterpart_bench")) {
            throw new IllegalArgumentException("the benchmark drops its database: name it counterpart_bench…");
        }
        var benchmark = new Benchmark(options);
        // Stopped early (Ctrl-C, a time limit): the application it started goes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (benchmark.app != null && benchmark.app.alive()) {
                benchmark.app.process.destroyForcibly();
            }
        }));
        try {
            benchmark.run();
        } finally {
            benchmark.cleanUp();
        }
        System.exit(0);
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%s] %s%n", java.time.LocalTime.now().withNano(0),
                String.format(Locale.ROOT, format, args));
    }

    String jdbc(String db) {
        return "jdbc:mysql://127.0.0.1:3306/" + db + "?characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&rewriteBatchedStatements=true";
    }

    void run() throws Exception {
        Files.createDirectories(work);
        try (var files = Files.list(work)) {
            for (var f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        say("Counterpart benchmark, scale %s, database %s, port %d", scale, database, port);
        try (var c = DriverManager.getConnection(jdbc(""), "root", ""); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        baselines = new Baselines(jdbc(database));
        var exchange = "counterpart.bench.events";
        broker = new Broker(exchange);
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        var env = new LinkedHashMap<String, String>();
        env.put("COUNTERPART_DB_URL", jdbc(database).replace("&rewriteBatchedStatements=true", ""));
        env.put("COUNTERPART_DB_USERNAME", "root");
        env.put("COUNTERPART_DB_PASSWORD", "");
        env.put("COUNTERPART_RABBIT_HOST", "127.0.0.1");
        env.put("COUNTERPART_ADMIN_USERNAME", adminUser);
        env.put("COUNTERPART_ADMIN_PASSWORD", adminPassword);
        env.put("COUNTERPART_NATIONAL_ID_KEY", Base64.getEncoder().encodeToString(key));
        var sessionKey = new byte[32];
        new SecureRandom().nextBytes(sessionKey);
        env.put("COUNTERPART_SESSION_KEY", Base64.getEncoder().encodeToString(sessionKey));
        env.put("COUNTERPART_EVENTS_EXCHANGE", exchange);
        // 1×: the notice's 2018 demo, loaded by the modules' own demo loaders through their use cases; the demo
        // accounts are the only way the mysql profile has to get unit and office accounts (reports need them).
        var demo = List.of("--counterpart.accounts.demo=true", "--counterpart.planning.demo=true",
                "--counterpart.training.demo=true", "--counterpart.enrolment.demo=true",
                "--counterpart.reporting.reports.demo=true");
        app = new App(repo.resolve("app/target/counterpart.jar"), repo.resolve("bench/target/counterpart-bench-seed.jar"),
                work, port, env, demo);
        say("starting the application (-Xmx512m, mysql profile, empty database)");
        app.start(true);
        say("  answered its health check after %.1f s (Spring: started in %.1f s)", app.startupSeconds,
                app.reportedStartupSeconds);
        double firstStart = app.startupSeconds;
        double firstReported = app.reportedStartupSeconds;
        http = new Http("http://127.0.0.1:" + port);
        admin = Http.basic(adminUser, adminPassword);
        seed = new Seed(http, admin, Executors.newFixedThreadPool(threads), repo, scale, years);
        drain("the demo's events");

        say("warming up (JIT) on the 1× data");
        warmUp();
        pages = new Http("http://127.0.0.1:" + port, true);
        pages.login(adminUser, adminPassword);
        say("1×: the 2018 demo");
        var stats1 = measure("statistics " + demoYear + " at 1×", "/api/reporting/" + demoYear + "/statistics");
        var sql1 = baselines.timeAggregate("plain SQL aggregate " + demoYear + " at 1×", demoYear, 20, samples);
        var tasks1 = measureVariants("task list " + demoYear + " at 1×", taskPaths(demoYear));
        var programmes1 = measureVariants("programme list " + demoYear + " at 1×", programmePaths(demoYear));
        var auth1 = measure("authentication only (/api/accounts/me) at 1×", "/api/accounts/me");
        var dashboard1 = measurePage("statistics page /reporting/dashboard " + demoYear + " at 1× (session)",
                "/reporting/dashboard?year=" + demoYear);
        var taskPage1 = measurePage("task list page /planning/" + demoYear + " at 1× (session)",
                "/planning/" + demoYear);

        say("building the data set: %d plan years (%d–%d) × %d tasks, %d programmes with %d trainees, %d students "
                + "with %d subsidies, %d reports", years.size(), years.get(0), fullYear, seed.tasksPerYear(),
                seed.programmesPerYear() * years.size(), seed.programmesPerYear() * years.size() * Seed.TRAINEES_PER_PROGRAMME,
                seed.studentsPerYear() * years.size(), seed.studentsPerYear() * years.size() * 4,
                seed.reportsPerYear() * years.size());
        long build = System.nanoTime();
        seed.planning();
        seed.training();
        seed.enrolment();
        seed.reporting();
        double drained = drain("the data set's events");
        buildSeconds = (System.nanoTime() - build) / 1e9;
        say("  built in %.0f s (the last events delivered %.1f s after the last request)", buildSeconds, drained);
        var counts = counts();

        say("full size");
        var statsFull = measure("statistics " + fullYear + " at full size", "/api/reporting/" + fullYear + "/statistics");
        var statsDemoFull = measure("statistics " + demoYear + " at full size", "/api/reporting/" + demoYear + "/statistics");
        // The plain aggregate reads the whole year each time (seconds at the issue's full size: 300 samples took 16
        // minutes), so it is sampled less there; its p99 is then about its slowest run.
        int sqlSamples = scale >= 0.5 ? Math.min(samples, 60) : samples;
        var sqlFull = baselines.timeAggregate("plain SQL aggregate " + fullYear + " at full size", fullYear,
                Math.min(20, sqlSamples), sqlSamples);
        var tasksFull = measureVariants("task list " + fullYear + " at full size", taskPaths(fullYear));
        var programmesFull = measureVariants("programme list " + fullYear + " at full size", programmePaths(fullYear));
        var authFull = measure("authentication only (/api/accounts/me) at full size", "/api/accounts/me");
        // Signed in afresh (a new browser, as it were): the session of the 1× figures is older than its 30 minutes
        // when the data set took longer to build, and a signed-in browser is sent away from the sign-in page.
        pages = new Http("http://127.0.0.1:" + port, true);
        pages.login(adminUser, adminPassword);
        var dashboardFull = measurePage("statistics page /reporting/dashboard " + fullYear + " at full size (session)",
                "/reporting/dashboard?year=" + fullYear);
        var taskPageFull = measurePage("task list page /planning/" + fullYear + " at full size (session)",
                "/planning/" + fullYear);
        explainLists(fullYear);

        say("import: 10,000 rows, 5,000 rows, the plain JDBC batch, all-or-nothing; the outbox");
        importsAndEvents();

        say("load: the task list as JSON against a static asset, %d clients, %.0f s each", 8, loadSeconds);
        var json = Load.run(http, "load: JSON task list", "/api/planning/plans/" + demoYear + "/tasks?size=20", admin,
                8, 5, loadSeconds);
        var css = Load.run(http, "load: static /css/counterpart.css", "/css/counterpart.css", null, 8, 5, loadSeconds);
        say("  JSON %.0f/s (p99 %.0f ms), static %.0f/s (p99 %.1f ms)", json.perSecond(), json.p99(), css.perSecond(),
                css.p99());

        say("restarting on the full data set (plain java -jar, no plug-in)");
        app.stop();
        app.start(false);
        double secondStart = app.startupSeconds;
        double secondReported = app.reportedStartupSeconds;
        say("  answered its health check after %.1f s (Spring: started in %.1f s)", secondStart, secondReported);
        measure("statistics " + fullYear + " after restart", "/api/reporting/" + fullYear + "/statistics");
        app.stop();

        // ------------------------------------------------------------------ the table
        row("1", "statistics " + fullYear + " at full size: p99", ms(statsFull.percentileMs(.99)), "< 20 ms",
                ratio(statsFull.percentileMs(.99), 20), statsFull.percentileMs(.99) < 20);
        row("1", "statistics at full size vs 1× (" + demoYear + " demo): p99", ms(statsFull.percentileMs(.99)) + " vs "
                + ms(stats1.percentileMs(.99)), "≤ 1.2×", ratio(statsFull.percentileMs(.99), stats1.percentileMs(.99)),
                statsFull.percentileMs(.99) <= 1.2 * stats1.percentileMs(.99));
        row("1", "statistics " + demoYear + " at full size vs at 1×: p99", ms(statsDemoFull.percentileMs(.99)) + " vs "
                + ms(stats1.percentileMs(.99)), "≤ 1.2×",
                ratio(statsDemoFull.percentileMs(.99), stats1.percentileMs(.99)),
                statsDemoFull.percentileMs(.99) <= 1.2 * stats1.percentileMs(.99));
        row("1", "statistics vs plain SQL aggregate (" + fullYear + ", full size): p50", ms(statsFull.percentileMs(.5))
                + " vs " + ms(sqlFull.percentileMs(.5)), "< 1×", ratio(statsFull.percentileMs(.5), sqlFull.percentileMs(.5)),
                statsFull.percentileMs(.5) < sqlFull.percentileMs(.5));
        row("1", "statistics vs plain SQL aggregate (" + fullYear + ", full size): p99", ms(statsFull.percentileMs(.99))
                + " vs " + ms(sqlFull.percentileMs(.99)), "< 1×",
                ratio(statsFull.percentileMs(.99), sqlFull.percentileMs(.99)),
                statsFull.percentileMs(.99) < sqlFull.percentileMs(.99));
        row("2", "task list at 1× (" + demoYear + "): p50 / p99", ms(tasks1.percentileMs(.5)) + " / "
                + ms(tasks1.percentileMs(.99)), "—", "—", null);
        row("2", "task list at full size (" + fullYear + "): p50 / p99", ms(tasksFull.percentileMs(.5)) + " / "
                + ms(tasksFull.percentileMs(.99)), "p99 < 50 ms", ratio(tasksFull.percentileMs(.99), 50),
                tasksFull.percentileMs(.99) < 50);
        row("2", "programme list at 1× (" + demoYear + "): p50 / p99", ms(programmes1.percentileMs(.5)) + " / "
                + ms(programmes1.percentileMs(.99)), "—", "—", null);
        row("2", "programme list at full size (" + fullYear + "): p50 / p99", ms(programmesFull.percentileMs(.5))
                + " / " + ms(programmesFull.percentileMs(.99)), "p99 < 50 ms",
                ratio(programmesFull.percentileMs(.99), 50), programmesFull.percentileMs(.99) < 50);
        row("2", "list queries without an index (EXPLAIN)", unindexed.isEmpty() ? "none" : String.join(", ", unindexed),
                "none", "—", unindexed.isEmpty());
        var bcrypt = bcrypt();
        row("1", "plain SQL aggregate at 1× (" + demoYear + ") / at full size (" + fullYear + "): p50, p99",
                ms(sql1.percentileMs(.5)) + ", " + ms(sql1.percentileMs(.99)) + " / " + ms(sqlFull.percentileMs(.5))
                        + ", " + ms(sqlFull.percentileMs(.99)), "—", "—", null);
        row("1–2", "one BCrypt password check (the application's encoder, cost 10), in the harness: p50 / p99",
                ms(bcrypt.percentileMs(.5)) + " / " + ms(bcrypt.percentileMs(.99)), "—", "—", null);
        row("1–2", "authentication alone (/api/accounts/me, HTTP Basic): p50 / p99", ms(authFull.percentileMs(.5))
                + " / " + ms(authFull.percentileMs(.99)), "—", "—", null);
        row("1–2", "the same as signed-in pages (session cookie, no password check): statistics dashboard at 1× / "
                + "full size, p99", ms(dashboard1.percentileMs(.99)) + " / " + ms(dashboardFull.percentileMs(.99)),
                "—", ratio(dashboardFull.percentileMs(.99), dashboard1.percentileMs(.99)), null);
        row("1–2", "the same as signed-in pages: task list page at 1× / full size, p99",
                ms(taskPage1.percentileMs(.99)) + " / " + ms(taskPageFull.percentileMs(.99)), "—",
                ratio(taskPageFull.percentileMs(.99), taskPage1.percentileMs(.99)), null);
        rows.addAll(importRows);
        rows.addAll(eventRows);
        row("5", "JSON task list (HTTP Basic) vs static asset: throughput, 8 clients", String.format(Locale.ROOT,
                "%.0f/s vs %.0f/s", json.perSecond(), css.perSecond()), "≥ 1/3",
                ratio(json.perSecond(), css.perSecond()), json.perSecond() >= css.perSecond() / 3);
        row("5", "JSON task list under load: p50 / p99", ms(json.p50()) + " / " + ms(json.p99()), "—", "—", null);
        row("5", "static asset under load: p50 / p99", ms(css.p50()) + " / " + ms(css.p99()), "—", "—", null);
        boolean oom = app.sawOutOfMemory();
        var gc = app.gc();
        row("6", "OutOfMemoryError at -Xmx512m", oom ? "yes" : "none", "none", "—", !oom);
        row("6", "heap after GC, most / before GC, most (committed)", gc.maxAfter + " MB / " + gc.maxBefore + " MB ("
                + gc.maxCommitted + " MB)", "≤ 512 MB", ratio(gc.maxAfter, 512), gc.maxAfter <= 512);
        row("6", "GC pauses: count, longest, total", String.format(Locale.ROOT, "%d (%d full), %.0f ms, %.1f s",
                gc.pauses, gc.full, gc.maxPauseMs, gc.totalPauseMs / 1000), "—", "—", null);
        var over = Run.overASecond();
        long overCount = over.values().stream().mapToLong(Long::longValue).sum();
        row("6", "slowest request of the run", ms(Run.slowestMs()) + " (" + Run.slowestSeries() + ")", "< 1 s",
                ratio(Run.slowestMs(), 1000), Run.slowestMs() < 1000);
        row("6", "requests over 1 s", overCount == 0 ? "none" : overCount + ": " + over, "none", "—", overCount == 0);
        row("6", "start-up, empty database (health UP / Spring's own)", String.format(Locale.ROOT, "%.1f s / %.1f s",
                firstStart, firstReported), "—", "—", null);
        row("6", "start-up, full data set (health UP / Spring's own)", String.format(Locale.ROOT, "%.1f s / %.1f s",
                secondStart, secondReported), "—", "—", null);

        print();
        new Report(this, counts).write(repo.resolve(options.getOrDefault("out", "docs/performance.md")));
        say("wrote %s", options.getOrDefault("out", "docs/performance.md"));
    }

    /** One password check as the application's encoder does it (BCrypt, cost 10), 50 times on this machine. */
    static Stats bcrypt() {
        var encoder = org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        var hash = encoder.encode("bench-password");
        var stats = Stats.of("one BCrypt check (harness)");
        for (int i = 0; i < 55; i++) {
            long start = System.nanoTime();
            encoder.matches("bench-password", hash);
            if (i >= 5) {
                stats.add(System.nanoTime() - start);
            }
        }
        return stats;
    }

    final List<Row> importRows = new ArrayList<>();
    final List<Row> eventRows = new ArrayList<>();

    void row(String item, String operation, String figure, String limit, String ratio, Boolean pass) {
        rows.add(new Row(item, operation, figure, limit, ratio, pass));
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "—" : v >= 100 ? String.format(Locale.ROOT, "%.0f ms", v)
                : String.format(Locale.ROOT, "%.1f ms", v);
    }

    static String ratio(double value, double limit) {
        return limit == 0 || Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f×", value / limit);
    }

    /** Sequential requests, one at a time: a warm-up, then {@code samples} timed ones. */
    Stats measure(String series, String path) {
        return measure(series, List.of(path), http, admin);
    }

    Http pages;

    /** A page with the session of a signed-in person: the same use case, its HTML, and no password check. */
    Stats measurePage(String series, String path) {
        return measure(series, List.of(path), pages, null);
    }

    /** Cycling through the paths, one request at a time, with the client and credentials given. */
    Stats measure(String series, List<String> paths, Http client, String auth) {
        for (int i = 0; i < Math.max(10, samples / 10); i++) {
            client.get(series + " (warm-up)", paths.get(i % paths.size()), auth);
        }
        for (int i = 0; i < samples; i++) {
            client.get(series, paths.get(i % paths.size()), auth);
        }
        var s = Stats.of(series);
        say("  %-58s p50 %7s  p99 %7s  max %7s", series, ms(s.percentileMs(.5)), ms(s.percentileMs(.99)), ms(s.maxMs()));
        return s;
    }

    /** Requests of every kind measured, before anything is measured: a fresh JVM compiles as it goes. */
    void warmUp() {
        var paths = new ArrayList<String>();
        paths.add("/api/reporting/" + demoYear + "/statistics");
        paths.addAll(taskPaths(demoYear));
        paths.addAll(programmePaths(demoYear));
        paths.add("/api/accounts/me");
        for (int i = 0; i < Integer.parseInt(options.getOrDefault("warmup", "200")); i++) {
            http.get("warm-up", paths.get(i % paths.size()), admin);
        }
    }

    Stats measureVariants(String series, List<String> paths) {
        return measure(series, paths, http, admin);
    }

    static final List<String> TASK_FILTERS = List.of("", "&region=yunnan", "&office=zhijiao", "&unit=shipei",
            "&status=IN_PROGRESS", "&overdue=true", "&q=%E5%9F%B9%E8%AE%AD", "&sort=NAME", "&page=3", "&sort=STATUS");
    static final List<String> PROGRAMME_FILTERS = List.of("", "&region=xinjiang", "&mode=STUDY_IN_SHANGHAI",
            "&unit=shipei", "&page=1&size=20");

    List<String> taskPaths(int year) {
        return TASK_FILTERS.stream().map(f -> "/api/planning/plans/" + year + "/tasks?size=50" + f).toList();
    }

    List<String> programmePaths(int year) {
        return PROGRAMME_FILTERS.stream().map(f -> "/api/training/programmes?year=" + year + f).toList();
    }

    /** Waits until every event publication is complete; answers the seconds waited. */
    double drain(String what) throws Exception {
        long start = System.nanoTime();
        long deadline = start + 30L * 60 * 1_000_000_000L;
        while (true) {
            long open = baselines.count("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
            if (open == 0) {
                break;
            }
            if (System.nanoTime() > deadline || !app.alive()) {
                notes.add(open + " event publications still incomplete after waiting for " + what);
                say("  %d publications still incomplete", open);
                break;
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    Map<String, Long> counts() throws Exception {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : List.of("planning_plan", "planning_task", "planning_milestone", "training_programme",
                "training_cohort", "training_trainee", "enrolment_programme", "enrolment_student", "enrolment_subsidy",
                "reporting_duty", "reporting_report", "reporting_event_log", "EVENT_PUBLICATION")) {
            counts.put(table, baselines.count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    // ------------------------------------------------------------------ EXPLAIN

    void explainLists(int year) throws Exception {
        var ids = new ArrayList<String>();
        try (var c = baselines.connect(); var s = c.prepareStatement(
                "SELECT id FROM planning_task WHERE plan_year = ? ORDER BY task_number LIMIT 50")) {
            s.setInt(1, year);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    ids.add("'" + r.getString(1) + "'");
                }
            }
        }
        var programmeIds = new ArrayList<String>();
        try (var c = baselines.connect(); var s = c.prepareStatement(
                "SELECT id FROM training_programme WHERE programme_year = ? ORDER BY seq LIMIT 50")) {
            s.setInt(1, year);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    programmeIds.add("'" + r.getString(1) + "'");
                }
            }
        }
        var in = "(" + String.join(", ", ids) + ")";
        var pin = "(" + String.join(", ", programmeIds) + ")";
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var task = "SELECT t.id, t.plan_year, t.task_number, t.name, t.lead_office, t.and_other_offices, t.requirements, "
                + "t.status, t.status_before_delay, t.status_reason, t.version FROM planning_task t WHERE t.plan_year = "
                + year;
        var sql = new LinkedHashMap<String, String>();
        sql.put("PlanningMapper.selectRevision (whether a kept task list still holds)", "SELECT revision FROM "
                + "planning_plan WHERE plan_year = " + year);
        sql.put("PlanningMapper.findTasks — no filter", task + " ORDER BY t.task_number LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — region", task + " AND EXISTS (SELECT 1 FROM planning_task_value r WHERE "
                + "r.task_id = t.id AND r.kind IN ('R', 'P') AND r.entry_value = 'yunnan') ORDER BY t.task_number LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — office (lead or co)", task + " AND (t.lead_office = 'zhijiao' OR EXISTS "
                + "(SELECT 1 FROM planning_task_value o WHERE o.task_id = t.id AND o.kind = 'O' AND o.entry_value = "
                + "'zhijiao')) ORDER BY t.task_number LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — unit", task + " AND EXISTS (SELECT 1 FROM planning_task_value u WHERE "
                + "u.task_id = t.id AND u.kind = 'U' AND u.entry_value = 'shipei') ORDER BY t.task_number LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — status", task + " AND t.status = 'IN_PROGRESS' ORDER BY t.task_number "
                + "LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — overdue", task + " AND EXISTS (SELECT 1 FROM planning_milestone m WHERE "
                + "m.task_id = t.id AND m.reached_on IS NULL AND m.due_date < '" + today + "') ORDER BY t.task_number "
                + "LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — text (q)", task + " AND (t.name LIKE CONCAT('%', '培训', '%') OR "
                + "t.requirements LIKE CONCAT('%', '培训', '%')) ORDER BY t.task_number LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.findTasks — sort by name", task + " ORDER BY t.name, t.task_number LIMIT 50 OFFSET 0");
        sql.put("PlanningMapper.countTasks — region", "SELECT COUNT(*) FROM planning_task t WHERE t.plan_year = " + year
                + " AND EXISTS (SELECT 1 FROM planning_task_value r WHERE r.task_id = t.id AND r.kind IN ('R', 'P') "
                + "AND r.entry_value = 'yunnan')");
        sql.put("PlanningMapper.selectValues (the page's 50 tasks)", "SELECT task_id, kind, seq, entry_value FROM "
                + "planning_task_value WHERE task_id IN " + in + " ORDER BY task_id, kind, seq");
        sql.put("PlanningMapper.selectMilestones (the page's 50 tasks)", "SELECT id, task_id, title, due_date, reached_on "
                + "FROM planning_milestone WHERE task_id IN " + in + " ORDER BY due_date, title");
        sql.put("PlanningMapper.selectTaskIdsWithOverdueMilestones", "SELECT DISTINCT m.task_id FROM planning_milestone m "
                + "WHERE m.reached_on IS NULL AND m.due_date < '" + today + "'");
        sql.put("PlanningMapper.countOverdueMilestones", "SELECT task_id, COUNT(*) FROM planning_milestone WHERE "
                + "reached_on IS NULL AND due_date < '" + today + "' AND task_id IN " + in + " GROUP BY task_id");
        var programme = "SELECT id, programme_year, seq, name, region_code, mode, commission_funding, partner_funding, "
                + "partner_name, planned_trainees, duration_min, duration_max, duration_unit, implementing_unit, "
                + "coordinating_office, plan_task, version FROM training_programme WHERE programme_year = " + year;
        sql.put("ProgrammeMapper.find — no filter", programme + " ORDER BY seq LIMIT 50 OFFSET 0");
        sql.put("ProgrammeMapper.find — region", programme + " AND region_code = 'xinjiang' ORDER BY seq LIMIT 50 OFFSET 0");
        sql.put("ProgrammeMapper.find — mode", programme + " AND mode = 'STUDY_IN_SHANGHAI' ORDER BY seq LIMIT 50 OFFSET 0");
        sql.put("ProgrammeMapper.find — unit", programme + " AND implementing_unit = 'shipei' ORDER BY seq LIMIT 50 OFFSET 0");
        sql.put("ProgrammeMapper.totals — region (with the count)", "SELECT COUNT(*), COALESCE(SUM(commission_funding), "
                + "0) FROM training_programme WHERE programme_year = " + year + " AND region_code = 'xinjiang'");
        sql.put("ProgrammeMapper.totals — no filter", "SELECT COUNT(*), COALESCE(SUM(commission_funding), 0), "
                + "COALESCE(SUM(partner_funding), 0), COALESCE(SUM(planned_trainees), 0), "
                + "COALESCE(SUM((SELECT SUM(l.planned) FROM training_budget_line l WHERE l.programme_id = "
                + "training_programme.id)), 0), COALESCE(SUM((SELECT SUM(s.amount) FROM training_spending s WHERE "
                + "s.programme_id = training_programme.id)), 0) FROM training_programme WHERE programme_year = " + year);
        sql.put("ProgrammeMapper.money (the page's programmes)", "SELECT p.id, COALESCE((SELECT SUM(l.planned) FROM "
                + "training_budget_line l WHERE l.programme_id = p.id), 0), COALESCE((SELECT SUM(s.amount) FROM "
                + "training_spending s WHERE s.programme_id = p.id), 0) FROM training_programme p WHERE p.id IN "
                + (programmeIds.isEmpty() ? "('none')" : pin));
        for (var e : sql.entrySet()) {
            explains.put(e.getKey() + "\n\n```sql\n" + shorten(e.getValue()) + "\n```", baselines.explain(e.getValue()));
            for (var u : baselines.unindexed(e.getValue())) {
                unindexed.add(e.getKey() + ": " + u);
            }
        }
        say("  EXPLAIN of %d list queries: %s", sql.size(), unindexed.isEmpty() ? "every table read through an index"
                : "without an index: " + unindexed);
    }

    static String shorten(String sql) {
        return sql.replaceAll("IN \\(('[0-9a-f-]{36}', ){3}('[0-9a-f-]{36}', )+('[0-9a-f-]{36}')\\)",
                "IN ('…50 ids of the page…')");
    }

    // ------------------------------------------------------------------ import and events

    /**
     * A fourth import of the same size, not timed, with a Flight Recording of the application around it
     * (bench/target/run/import.jfr): where an import's time goes at this size, without the recorder's own cost in the
     * timed figures. Read with {@code jfr print --events jdk.GarbageCollection,jdk.SocketRead,jdk.ExecutionSample}.
     */
    void recordedImport(int n) throws Exception {
        int year = 2096;
        var workbook = seed.planWorkbook(year, n, false);
        drain("before the recorded import into " + year);
        var file = app.dir.resolve("import.jfr").toAbsolutePath().toString();
        jcmd("JFR.start", "name=import", "settings=profile", "filename=" + file);
        long begin = System.nanoTime();
        var imported = seed.importPlanTimed("import: recorded, not timed", year, workbook);
        jcmd("JFR.stop", "name=import");
        say("  recorded import into %d: %s, upload to the job seen done (a Flight Recording in %s)", year,
                ms((imported.endedNanos() - begin) / 1e6), file);
        drain("the recorded import into " + year);
    }

    private void jcmd(String... command) throws Exception {
        var line = new ArrayList<String>(List.of("jcmd", String.valueOf(app.pid())));
        line.addAll(List.of(command));
        var process = new ProcessBuilder(line).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            say("  jcmd %s failed: %s", String.join(" ", command), output.strip());
        }
    }

    void importsAndEvents() throws Exception {
        // 10,000 rows, as the issue asks (the most a plan file may hold), three times into years of their own; the
        // outbox counted on the first.
        int n = Integer.parseInt(options.getOrDefault("import-rows", "10000"));
        double[] importMs = new double[3];
        double[] batchMs = new double[3];
        // Pages the database read from disk meanwhile: what a key in random order costs once a table outgrows its
        // buffer pool (decision 0014).
        var importPages = new Baselines.InnoDb[3];
        var batchPages = new Baselines.InnoDb[3];
        // The request answers as soon as the import has been taken up (202, followed at its job) or within its
        // patience (200): what the user waits for is importMs, until the job was seen done.
        double[] answeredMs = new double[3];
        int[] answeredStatus = new int[3];
        var series = "import: " + n + "-row workbook";
        for (int i = 0; i < 3; i++) {
            int year = 2097 + i;
            var workbook = seed.planWorkbook(year, n, false);
            drain("before the import into " + year);
            broker.reset();
            var pagesBefore = baselines.innoDb();
            long begin = System.nanoTime();
            var imported = seed.importPlanTimed(series, year, workbook);
            long answered = imported.endedNanos();
            importPages[i] = baselines.innoDb().minus(pagesBefore);
            importMs[i] = (answered - begin) / 1e6;
            answeredMs[i] = (imported.answeredNanos() - begin) / 1e6;
            answeredStatus[i] = imported.answeredStatus();
            var key = "planning.task-planned.v1";
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (broker.plannedTasks.size() < n && System.nanoTime() < deadline && app.alive()) {
                Thread.sleep(20);
            }
            drain("the import into " + year);
            Thread.sleep(500);
            if (i == 0) {
                long received = broker.count(key);
                long deliveries = broker.deliveries(key);
                long tasksReached = broker.plannedTasks.size();
                long lastAt = broker.lastNewTask == 0 ? answered : broker.lastNewTask;
                long firstAt = broker.first.getOrDefault(key, answered);
                double fromCommit = tasksReached / ((lastAt - answered) / 1e9);
                double fromRequest = tasksReached / ((lastAt - begin) / 1e9);
                double steady = (tasksReached - 1) / Math.max(1e-9, (lastAt - firstAt) / 1e9);
                long incomplete = baselines.count("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
                var plain = broker.publishPlain(n);
                double plainRate = plain.n() / (plain.consumedNanos() / 1e9);
                double plainConfirmRate = plain.acked() / (plain.confirmedNanos() / 1e9);
                say("  outbox: %d of %d tasks' TaskPlanned delivered (%d deliveries, %d ids), %.0f/s after the import was seen done (%.0f/s from its "
                        + "start, %.0f/s first to last); plain RabbitTemplate %.0f/s to the consumer (%.0f/s confirmed)",
                        tasksReached, n, deliveries, received, fromCommit, fromRequest, steady, plainRate, plainConfirmRate);
                eventRows.add(new Row("4", "domain events through the outbox to RabbitMQ (" + n
                        + " TaskPlanned of one import), after the import was seen done", String.format(Locale.ROOT,
                        "%.0f/s (%.0f/s first to last message)", fromCommit, steady), "≥ ½ plain", ratio(fromCommit,
                        plainRate), fromCommit >= plainRate / 2));
                eventRows.add(new Row("4", "plain RabbitTemplate, confirms, same size and count", String.format(
                        Locale.ROOT, "%.0f/s consumed (%.0f/s confirmed)", plainRate, plainConfirmRate), "—", "—", null));
                eventRows.add(new Row("4", "events lost: tasks of the import no message was about", (n - tasksReached)
                        + " of " + n + " missing; " + incomplete + " publications incomplete", "none", "—",
                        tasksReached == n && incomplete == 0));
                eventRows.add(new Row("4", "messages for those " + n + " tasks: deliveries / distinct CloudEvents ids",
                        deliveries + " / " + received + " (" + (deliveries - tasksReached) + " more than one a task)",
                        "—", "—", null));
                eventRows.add(new Row("4", "other messages the import sent meanwhile", broker.counts.entrySet().stream()
                        .filter(e -> !e.getKey().equals(key)).map(e -> e.getKey() + " " + e.getValue()).sorted().toList()
                        .toString(), "—", "—", null));
            }
        }
        var rows = baselines.planRows(2097);
        for (int i = 0; i < 3; i++) {
            var pagesBefore = baselines.innoDb();
            batchMs[i] = baselines.jdbcBatch(rows, 2097);
            batchPages[i] = baselines.innoDb().minus(pagesBefore);
        }
        recordedImport(n);
        java.util.Arrays.sort(importMs);
        java.util.Arrays.sort(batchMs);
        say("  %d-row import: %s (median of 3), JDBC batch of its %d task and %d value rows: %s", n, ms(importMs[1]),
                rows.tasks().size(), rows.values().size(), ms(batchMs[1]));
        importRows.add(new Row("3", "import a " + n + "-row plan workbook, upload to the job seen done, vs plain JDBC "
                + "batch of the same " + rows.tasks().size() + " + " + rows.values().size() + " rows, median of 3",
                ms(importMs[1]) + " vs " + ms(batchMs[1]), "< 3×", ratio(importMs[1], batchMs[1]),
                importMs[1] < 3 * batchMs[1]));
        say("  InnoDB pages read/written/waits for a free page/log waits: imports %s, JDBC batches %s",
                java.util.Arrays.toString(importPages), java.util.Arrays.toString(batchPages));
        importRows.add(new Row("3", "the same imports and batches: pages the database read from disk (InnoDB buffer "
                + "pool misses) during each", java.util.Arrays.toString(java.util.Arrays.stream(importPages)
                        .mapToLong(Baselines.InnoDb::pagesRead).toArray()) + " vs " + java.util.Arrays.toString(
                        java.util.Arrays.stream(batchPages).mapToLong(Baselines.InnoDb::pagesRead).toArray()), "—",
                "—", null));
        importRows.add(new Row("3", "the same: pages written back / waits for a free page in the buffer pool / waits "
                + "for the redo log, during each", java.util.Arrays.stream(importPages).map(p -> p.pagesWritten() + " / "
                        + p.freePageWaits() + " / " + p.logWaits()).toList() + " vs " + java.util.Arrays.stream(
                        batchPages).map(p -> p.pagesWritten() + " / " + p.freePageWaits() + " / " + p.logWaits())
                        .toList(), "—", "—", null));
        var answers = new double[] { answeredMs[0], answeredMs[1], answeredMs[2] };
        java.util.Arrays.sort(answers);
        importRows.add(new Row("3", "the same imports: the upload answered (status of each), slowest", String.format(
                Locale.ROOT, "%s (%d, %d, %d)", ms(answers[2]), answeredStatus[0], answeredStatus[1],
                answeredStatus[2]), "< 1 s", ratio(answers[2], 1000), answers[2] < 1000));
        // All or nothing: the same file with its last row wrong.
        var spoilt = seed.planWorkbook(2100, n, true);
        var refused = seed.importPlan("import: " + n + " rows, last one wrong", 2100, spoilt, 200, 201, 400, 422);
        long tasks = baselines.count("SELECT COUNT(*) FROM planning_task WHERE plan_year = 2100");
        long plans = baselines.count("SELECT COUNT(*) FROM planning_plan WHERE plan_year = 2100");
        importRows.add(new Row("3", "all or nothing: " + n + " rows, the last one wrong", refused.status() + ", " + tasks
                + " tasks and " + plans + " plan written", "refused, nothing written", "—",
                refused.status() == 422 && tasks == 0 && plans == 0));
    }

    static String message(String body) {
        try {
            var json = Http.JSON.readTree(body);
            for (var field : List.of("detail", "message", "error", "title")) {
                if (json.hasNonNull(field)) {
                    return json.get(field).asString();
                }
            }
        } catch (RuntimeException e) {
            // not JSON
        }
        return body.length() > 160 ? body.substring(0, 160) : body;
    }

    void print() {
        System.out.println();
        System.out.printf("%-4s %-70s %-40s %-24s %-8s %s%n", "#", "operation", "figure", "limit", "ratio", "");
        for (var r : rows) {
            System.out.printf("%-4s %-70s %-40s %-24s %-8s %s%n", r.item(), r.operation(), r.figure(), r.limit(),
                    r.ratio(), r.pass() == null ? "" : r.pass() ? "PASS" : "MISS");
        }
        System.out.println();
    }

    void cleanUp() {
        try {
            if (app != null) {
                app.stop();
            }
        } catch (Exception e) {
            say("could not stop the application: %s", e);
        }
        try {
            if (broker != null) {
                broker.close();
            }
        } catch (Exception e) {
            say("could not remove the benchmark's queues: %s", e);
        }
        if (seed != null) {
            seed.pool.shutdownNow();
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).strip();
        } catch (Exception e) {
            return "?";
        }
    }
}
