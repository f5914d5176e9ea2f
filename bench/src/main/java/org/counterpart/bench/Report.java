package org.counterpart.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes docs/performance.md: the machine, the data set and its build, the table, EXPLAIN, every series. */
final class Report {

    static final String NOTES_BEGIN = "<!-- notes:begin (kept when bench/run rewrites this file) -->";
    static final String NOTES_END = "<!-- notes:end -->";

    private final Benchmark b;
    private final Map<String, Long> counts;

    Report(Benchmark benchmark, Map<String, Long> counts) {
        this.b = benchmark;
        this.counts = counts;
    }

    static String cpu() {
        return Benchmark.read(Path.of("/proc/cpuinfo")).lines().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
    }

    static String memory() {
        var line = Benchmark.read(Path.of("/proc/meminfo")).lines().filter(l -> l.startsWith("MemTotal")).findFirst()
                .orElse("MemTotal: 0 kB");
        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
    }

    void write(Path file) throws Exception {
        var old = Files.exists(file) ? Files.readString(file) : "";
        String notes = old.contains(NOTES_BEGIN) && old.contains(NOTES_END)
                ? old.substring(old.indexOf(NOTES_BEGIN), old.indexOf(NOTES_END) + NOTES_END.length())
                : NOTES_BEGIN + "\n_(No notes yet.)_\n" + NOTES_END;
        var md = new StringBuilder();
        double minutes = (System.nanoTime() - b.startNanos) / 60e9;
        md.append("# Performance\n\n");
        md.append("The benchmark of issue 7, written by `bench/run` (see [the harness](#the-harness)). ");
        md.append(String.format(Locale.ROOT, "**These figures are from a run at scale %s**", b.scale));
        md.append(b.scale == 1 ? " (the full data set of the issue)" : String.format(Locale.ROOT,
                " — %s of the issue's data set, not the full size", b.scale < 1 ? "a fraction " + b.scale : "×" + b.scale));
        md.append(String.format(Locale.ROOT, ", started %s, %.0f minutes in all (the data set built in %.0f s). ",
                b.startedAt, minutes, b.buildSeconds));
        // The harness cannot know what else ran beside it: the load averages show it, the notes below say it.
        md.append("Load average before: `").append(b.loadBefore).append("`, after: `")
                .append(Benchmark.read(Path.of("/proc/loadavg"))).append("` (the harness and the application ")
                .append("load both cores themselves). Absolute figures move with the machine; ratios measured in ")
                .append("the same run are the figures to compare.\n\n");

        md.append("## Machine\n\n| | |\n| --- | --- |\n");
        md.append("| processors (`nproc`) | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| memory | ").append(memory()).append(" |\n");
        md.append("| CPU | ").append(cpu()).append(" |\n");
        md.append("| database | MariaDB ").append(b.baselines.versions().get("database")).append(" on 127.0.0.1:3306 |\n");
        md.append("| broker | RabbitMQ ").append(Broker.version()).append(" on 127.0.0.1:5672 |\n");
        md.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n");
        md.append("| application | `app/target/counterpart.jar`, `-Xmx512m`, profile `mysql`, database `")
                .append(b.database).append("` |\n\n");

        md.append("## Results\n\n");
        md.append("Each figure beside its limit. Latencies are measured by one client sending one request at a time ")
                .append(String.format(Locale.ROOT, "(%d timed requests after a warm-up), over HTTP/1.1 on loopback with ",
                        b.samples))
                .append("HTTP Basic, as the API is used; list figures cycle through the filters of each list ")
                .append("(see [EXPLAIN](#explain-of-the-list-queries)).\n\n");
        md.append("| # | operation | figure | limit | ratio | |\n| --- | --- | --- | --- | --- | --- |\n");
        for (var r : b.rows) {
            md.append("| ").append(r.item()).append(" | ").append(cell(r.operation())).append(" | ")
                    .append(cell(r.figure())).append(" | ").append(cell(r.limit())).append(" | ").append(r.ratio())
                    .append(" | ").append(r.pass() == null ? "" : r.pass() ? "pass" : "**miss**").append(" |\n");
        }
        if (!b.notes.isEmpty()) {
            md.append("\nThe run noted: ").append(String.join("; ", b.notes)).append(".\n");
        }
        md.append("\n## What misses its target, and why\n\n").append(notes).append("\n\n");

        md.append("## The data set and how it was built\n\n");
        md.append(String.format(Locale.ROOT, "Scale %s of the issue's data set: %d plan years (%d–%d) of %d tasks each, "
                + "%d training programmes a year with %d trainees each, %d students a year with 4 subsidies each, %d "
                + "information reports a year — on top of the notice's 2018 demo (1×), loaded by the modules' own demo "
                + "loaders. Everything went through the application's API, one use case per request, with %d clients "
                + "on loopback.\n\n", b.scale, b.years.size(), b.years.get(0), b.fullYear, b.seed.tasksPerYear(),
                b.seed.programmesPerYear(), Seed.TRAINEES_PER_PROGRAMME, b.seed.studentsPerYear(),
                b.seed.reportsPerYear(), b.threads));
        md.append("| part | made | time | rate | path | at the issue's full size, at this rate |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (var p : b.seed.parts.values()) {
            double full = p.things.get() * p.factor;
            md.append("| ").append(p.name).append(" | ").append(p.things.get()).append(' ').append(p.unit)
                    .append(p.refused.get() > 0 ? " (" + p.refused.get() + " refused: " + cell(p.firstRefusal) + ")" : "")
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f s", p.nanos / 1e9)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f/s", p.perSecond())).append(" | `").append(p.path)
                    .append("` | ").append(String.format(Locale.ROOT, "%.0f %s in %s", full, p.unit,
                            duration(full / p.perSecond()))).append(" |\n");
        }
        md.append("\nRows in the database after the build:\n\n| table | rows |\n| --- | --- |\n");
        counts.forEach((t, n) -> md.append("| `").append(t).append("` | ").append(n).append(" |\n"));

        md.append("\n## EXPLAIN of the list queries\n\n");
        md.append("The statements of `PlanningMapper.xml` (task list) and `ProgrammeMapper.xml` (programme list) as ")
                .append("MyBatis sends them for year ").append(b.fullYear).append(" at full size, with the filters the ")
                .append("benchmark cycles through; `EXPLAIN` on the same server. ");
        md.append(b.unindexed.isEmpty() ? "Every table is read through an index.\n\n"
                : "Read without an index: " + String.join("; ", b.unindexed) + ".\n\n");
        b.explains.forEach((k, v) -> md.append("### ").append(k).append("\n\n").append(v).append('\n'));

        md.append("## Every series\n\n| series | requests | p50 | p99 | max | errors |\n| --- | --- | --- | --- | --- | --- |\n");
        for (var s : Stats.ALL) {
            md.append("| ").append(cell(s.name)).append(" | ").append(s.count()).append(" | ")
                    .append(Benchmark.ms(s.percentileMs(.5))).append(" | ").append(Benchmark.ms(s.percentileMs(.99)))
                    .append(" | ").append(Benchmark.ms(s.maxMs())).append(" | ")
                    .append(s.errors() == 0 ? "" : s.errors() + ": " + cell(s.firstError())).append(" |\n");
        }

        md.append("\n## The harness\n\n");
        md.append("`bench/run [--scale 0.01] [--threads 4] [--samples 300] [--load-seconds 15] [--port 18080]` from ")
                .append("the repository's root builds the application and the harness (`./mvnw -Pbench package`, the ")
                .append("`bench` module exists only in that profile, so `./mvnw verify` and CI never build or run it) ")
                .append("and runs `org.counterpart.bench.Benchmark`, which:\n\n")
                .append("1. drops and creates the database `counterpart_bench` on the local MariaDB and binds a queue of ")
                .append("its own to the exchange `counterpart.bench.events` on the local RabbitMQ;\n")
                .append("2. starts `app/target/counterpart.jar` with `-Xmx512m` and a GC log on the `mysql` profile, ")
                .append("with an administrator from `COUNTERPART_ADMIN_USERNAME`/`…_PASSWORD`, a fresh ")
                .append("`COUNTERPART_NATIONAL_ID_KEY`, and the demo loaders and demo accounts switched on ")
                .append("(`--counterpart.*.demo=true`), so the 2018 demo is the 1× data set and units and offices can ")
                .append("write reports; start-up is the time until `/actuator/health` answers UP;\n")
                .append("3. measures the 1× figures, builds the data set through the API, waits until every event ")
                .append("publication is complete, measures again, and runs the baselines on the same servers: the plain ")
                .append("SQL aggregate (`Baselines.AGGREGATE`), a JDBC batch insert (rewriteBatchedStatements, one ")
                .append("transaction) of the rows a 5,000-row import wrote, and a plain `RabbitTemplate` with publisher ")
                .append("confirms sending as many messages of the same size as the outbox delivered;\n")
                .append("4. restarts the application on the full data set and writes this file (the notes section ")
                .append("between its markers is kept).\n\n")
                .append("Training programmes have no API of their own (the application plans them only in its demo ")
                .append("loader, through `ManageProgrammes.plan`): the harness puts a small plug-in ")
                .append("(`bench.counterpart.seed`, `bench/target/counterpart-bench-seed.jar`) on the packaged ")
                .append("application's `loader.path` that exposes that use case as `POST /api/bench/training/programmes` ")
                .append("for ADMIN; the restart at the end runs the jar alone. Nothing is written to the database by ")
                .append("hand.\n");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "—";
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
