package org.counterpart.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the application is measured against, on the same servers in the same run: the year's figures computed
 * straight from the modules' tables with plain SQL, and a plain JDBC batch insert of the rows a plan import writes.
 */
final class Baselines {

    final String url;

    Baselines(String url) {
        this.url = url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }

    /**
     * The year's statistics as plain SQL aggregates over the modules' own tables: tasks by status, region and lead
     * office, overdue milestones; training programmes, funding, trainees (in training, trained, completed),
     * certificates and spending by region, mode and unit; enrolment quota, funding, students by programme, region and
     * stage, subsidies by region; reports by reporter, kind and status and duties by reporter and kind. Grouped
     * once on the finest key and rolled up here, as a hand-written report would. (Completeness counts periods due,
     * which SQL alone does not know; the reports are counted by state instead.)
     */
    static final List<String> AGGREGATE = List.of(
            "SELECT status, COUNT(*) FROM planning_task WHERE plan_year = ? GROUP BY status",
            "SELECT v.entry_value, t.status, COUNT(*) FROM planning_task t JOIN planning_task_value v "
                    + "ON v.task_id = t.id AND v.kind = 'R' WHERE t.plan_year = ? GROUP BY v.entry_value, t.status",
            "SELECT lead_office, status, COUNT(*) FROM planning_task WHERE plan_year = ? GROUP BY lead_office, status",
            "SELECT COUNT(*), SUM(m.reached_on IS NOT NULL) FROM planning_milestone_overdue o "
                    + "JOIN planning_task t ON t.id = o.task_id JOIN planning_milestone m ON m.id = o.milestone_id "
                    + "WHERE t.plan_year = ?",
            "SELECT region_code, mode, implementing_unit, COUNT(*), SUM(commission_funding), SUM(partner_funding), "
                    + "SUM(planned_trainees) FROM training_programme WHERE programme_year = ? "
                    + "GROUP BY region_code, mode, implementing_unit",
            "SELECT p.region_code, p.mode, p.implementing_unit, c.status, COUNT(t.id), SUM(t.completed) "
                    + "FROM training_programme p JOIN training_cohort c ON c.programme_id = p.id "
                    + "JOIN training_trainee t ON t.cohort_id = c.id WHERE p.programme_year = ? "
                    + "GROUP BY p.region_code, p.mode, p.implementing_unit, c.status",
            "SELECT p.region_code, p.mode, p.implementing_unit, COUNT(*) FROM training_certificate x "
                    + "JOIN training_programme p ON p.id = x.programme_id WHERE p.programme_year = ? "
                    + "GROUP BY p.region_code, p.mode, p.implementing_unit",
            "SELECT p.region_code, p.mode, p.implementing_unit, SUM(s.amount), SUM(s.over_budget_reason IS NOT NULL) "
                    + "FROM training_spending s JOIN training_programme p ON p.id = s.programme_id "
                    + "WHERE p.programme_year = ? GROUP BY p.region_code, p.mode, p.implementing_unit",
            "SELECT p.id, p.kind, p.region_code, p.funding, (SELECT SUM(q.seats) FROM enrolment_quota q "
                    + "WHERE q.programme_id = p.id) FROM enrolment_programme p WHERE p.academic_year = ?",
            "SELECT s.programme_id, s.region_code, s.stage, COUNT(*) FROM enrolment_student s "
                    + "JOIN enrolment_programme p ON p.id = s.programme_id WHERE p.academic_year = ? "
                    + "GROUP BY s.programme_id, s.region_code, s.stage",
            "SELECT s.region_code, COUNT(*), SUM(x.amount) FROM enrolment_subsidy x "
                    + "JOIN enrolment_student s ON s.id = x.student_id JOIN enrolment_programme p "
                    + "ON p.id = x.programme_id WHERE p.academic_year = ? GROUP BY s.region_code",
            "SELECT reporter_type, reporter_code, report_kind, status, COUNT(*) FROM reporting_report "
                    + "WHERE report_year = ? GROUP BY reporter_type, reporter_code, report_kind, status",
            "SELECT reporter_type, reporter_code, report_kind, COUNT(*) FROM reporting_duty WHERE duty_year = ? "
                    + "GROUP BY reporter_type, reporter_code, report_kind");

    /** Runs the aggregate once on the connection, reading every row; returns the rows read. */
    static int aggregate(Connection connection, int year) throws SQLException {
        int rows = 0;
        for (var sql : AGGREGATE) {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setInt(1, year);
                try (var result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int c = 1; c <= columns; c++) {
                            result.getObject(c);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** Times the aggregate: warm-up, then n runs, one connection (as a pool would hand one out). */
    Stats timeAggregate(String series, int year, int warmup, int n) throws SQLException {
        var stats = Stats.of(series);
        try (var connection = connect()) {
            for (int i = 0; i < warmup; i++) {
                aggregate(connection, year);
            }
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                aggregate(connection, year);
                stats.add(System.nanoTime() - start);
            }
        }
        return stats;
    }

    /** The rows a plan import wrote for a year: its tasks and their values, read back as they are stored. */
    record PlanRows(List<Object[]> tasks, List<Object[]> values) {
    }

    PlanRows planRows(int year) throws SQLException {
        var tasks = new ArrayList<Object[]>();
        var values = new ArrayList<Object[]>();
        var ids = new LinkedHashMap<String, String>();
        try (var c = connect()) {
            try (var s = c.prepareStatement("SELECT id, task_number, name, lead_office, and_other_offices, "
                    + "requirements, status, version FROM planning_task WHERE plan_year = ? ORDER BY task_number")) {
                s.setInt(1, year);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        var fresh = UUID.randomUUID().toString();
                        ids.put(r.getString(1), fresh);
                        tasks.add(new Object[] { fresh, r.getInt(2), r.getString(3), r.getString(4),
                                r.getBoolean(5), r.getString(6), r.getString(7), r.getLong(8) });
                    }
                }
            }
            try (var s = c.prepareStatement("SELECT v.task_id, v.kind, v.seq, v.entry_value FROM planning_task_value v "
                    + "JOIN planning_task t ON t.id = v.task_id WHERE t.plan_year = ?")) {
                s.setInt(1, year);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        values.add(new Object[] { ids.get(r.getString(1)), r.getString(2), r.getInt(3),
                                r.getString(4) });
                    }
                }
            }
        }
        return new PlanRows(tasks, values);
    }

    /**
     * A plain JDBC batch insert of the same rows into copies of planning's two tables (same columns and indexes),
     * in one transaction; returns the milliseconds from the first statement to the commit.
     */
    double jdbcBatch(PlanRows rows, int year) throws SQLException {
        try (var c = connect()) {
            try (var s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_baseline_task_value");
                s.execute("DROP TABLE IF EXISTS bench_baseline_task");
                s.execute("CREATE TABLE bench_baseline_task LIKE planning_task");
                s.execute("CREATE TABLE bench_baseline_task_value LIKE planning_task_value");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (var s = c.prepareStatement("INSERT INTO bench_baseline_task (id, plan_year, task_number, name, "
                    + "lead_office, and_other_offices, requirements, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (var t : rows.tasks()) {
                    s.setString(1, (String) t[0]);
                    s.setInt(2, year);
                    s.setInt(3, (Integer) t[1]);
                    s.setString(4, (String) t[2]);
                    s.setString(5, (String) t[3]);
                    s.setBoolean(6, (Boolean) t[4]);
                    s.setString(7, (String) t[5]);
                    s.setString(8, (String) t[6]);
                    s.setLong(9, (Long) t[7]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (var s = c.prepareStatement("INSERT INTO bench_baseline_task_value (task_id, kind, seq, entry_value) "
                    + "VALUES (?, ?, ?, ?)")) {
                for (var v : rows.values()) {
                    s.setString(1, (String) v[0]);
                    s.setString(2, (String) v[1]);
                    s.setInt(3, (Integer) v[2]);
                    s.setString(4, (String) v[3]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            double ms = (System.nanoTime() - start) / 1e6;
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("DROP TABLE bench_baseline_task_value");
                s.execute("DROP TABLE bench_baseline_task");
            }
            return ms;
        }
    }

    /**
     * InnoDB's counters since the server started: pages it had to read from disk (not found in its buffer pool), pages
     * it wrote back, the times a statement waited for a free page in the pool (every page held one not yet written),
     * and the times a commit waited for room in the redo log buffer.
     */
    record InnoDb(long pagesRead, long pagesWritten, long freePageWaits, long logWaits) {

        InnoDb minus(InnoDb before) {
            return new InnoDb(pagesRead - before.pagesRead, pagesWritten - before.pagesWritten,
                    freePageWaits - before.freePageWaits, logWaits - before.logWaits);
        }

        @Override
        public String toString() {
            return pagesRead + "/" + pagesWritten + "/" + freePageWaits + "/" + logWaits;
        }
    }

    InnoDb innoDb() throws SQLException {
        var values = new java.util.HashMap<String, Long>();
        try (var c = connect(); var s = c.createStatement(); var r = s.executeQuery("SHOW GLOBAL STATUS WHERE "
                + "Variable_name IN ('Innodb_buffer_pool_reads', 'Innodb_buffer_pool_pages_flushed', "
                + "'Innodb_buffer_pool_wait_free', 'Innodb_log_waits')")) {
            while (r.next()) {
                values.put(r.getString(1).toLowerCase(java.util.Locale.ROOT), r.getLong(2));
            }
        }
        return new InnoDb(values.getOrDefault("innodb_buffer_pool_reads", 0L),
                values.getOrDefault("innodb_buffer_pool_pages_flushed", 0L),
                values.getOrDefault("innodb_buffer_pool_wait_free", 0L), values.getOrDefault("innodb_log_waits", 0L));
    }

    long count(String sql, Object... args) throws SQLException {
        try (var c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** EXPLAIN of a statement, as a small Markdown table. */
    String explain(String sql) throws SQLException {
        var out = new StringBuilder();
        try (var c = connect(); var s = c.createStatement(); var r = s.executeQuery("EXPLAIN " + sql)) {
            var meta = r.getMetaData();
            var header = new ArrayList<String>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnLabel(i));
            }
            out.append("| ").append(String.join(" | ", header)).append(" |\n|");
            out.append(" --- |".repeat(header.size())).append('\n');
            while (r.next()) {
                var cells = new ArrayList<String>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    var v = r.getString(i);
                    cells.add(v == null ? "" : v.replace("|", "\\|"));
                }
                out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
        }
        return out.toString();
    }

    /**
     * Rows of EXPLAIN that read a table with no index behind them: a full scan (or no key) with no possible key
     * either. A scan that had an index to use but did not (the optimizer's choice on a table of a few rows) is not one.
     */
    List<String> unindexed(String sql) throws SQLException {
        var found = new ArrayList<String>();
        try (var c = connect(); var s = c.createStatement(); var r = s.executeQuery("EXPLAIN " + sql)) {
            while (r.next()) {
                var table = r.getString("table");
                var type = r.getString("type");
                var key = r.getString("key");
                var possible = r.getString("possible_keys");
                if (table != null && !table.startsWith("<") && ("ALL".equals(type) || key == null)
                        && (possible == null || possible.isBlank())) {
                    found.add(table + " (" + type + ")");
                }
            }
        }
        return found;
    }

    Map<String, String> versions() throws SQLException {
        var v = new LinkedHashMap<String, String>();
        try (var c = connect(); var s = c.createStatement(); var r = s.executeQuery("SELECT VERSION()")) {
            r.next();
            v.put("database", r.getString(1));
        }
        return v;
    }
}
