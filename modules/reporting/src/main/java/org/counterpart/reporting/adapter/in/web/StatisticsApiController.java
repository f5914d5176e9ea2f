package org.counterpart.reporting.adapter.in.web;

import java.util.List;
import java.util.Locale;

import org.counterpart.reporting.RebuildStatistics;
import org.counterpart.reporting.StatisticsExports;
import org.counterpart.reporting.StatisticsQueries;
import org.counterpart.reporting.StatisticsState;
import org.counterpart.reporting.YearStatistics;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 年度统计 as JSON and files: every signed-in user reads the figures and downloads the tables; the commission office
 * rebuilds the statistics from their event log. Amounts are exact: funding in 万元, subsidies in 元.
 */
@RestController
@RequestMapping("/api/reporting")
@Tag(name = "reporting", description = "信息报送与统计 — the year's statistics and the official tables")
class StatisticsApiController {

    private final StatisticsQueries statistics;
    private final RebuildStatistics rebuild;
    private final StatisticsExports exports;

    StatisticsApiController(StatisticsQueries statistics, RebuildStatistics rebuild, StatisticsExports exports) {
        this.statistics = statistics;
        this.rebuild = rebuild;
        this.exports = exports;
    }

    @GetMapping("/statistics/years")
    @Operation(summary = "The years the statistics hold figures of, the latest first")
    List<Integer> years() {
        return statistics.years();
    }

    @GetMapping("/{year:\\d{4}}/statistics")
    @Operation(summary = "The year's figures: tasks by status, region and lead office, overdue milestones; training "
            + "funding, spending and trainees by region, mode and unit; students by programme, region and stage, "
            + "quotas filled and subsidies by region — of every partner region or of one (region=xinjiang)")
    YearStatistics statistics(@PathVariable int year, @RequestParam(required = false) String region) {
        return statistics.statistics(year, StatisticsDownloads.region(region));
    }

    @GetMapping("/statistics/state")
    @Operation(summary = "How many events the statistics were kept from, the last received and the last rebuild")
    StatisticsState state() {
        return statistics.state();
    }

    @PostMapping("/statistics/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rebuild the statistics from scratch by replaying their event log (ADMIN)")
    StatisticsState rebuild() {
        return rebuild.rebuild();
    }

    @GetMapping("/{year:\\d{4}}/attachment-1.xlsx")
    @Operation(summary = "附件1 — the year's training programmes as the notice lays them out, with the 合计")
    ResponseEntity<byte[]> attachment1(@PathVariable int year) {
        return StatisticsDownloads.download(exports.attachment1(year));
    }

    @GetMapping("/{year:\\d{4}}/attachment-2.xlsx")
    @Operation(summary = "附件2 — the year's plan of tasks as the notice lays it out")
    ResponseEntity<byte[]> attachment2(@PathVariable int year) {
        return StatisticsDownloads.download(exports.attachment2(year));
    }

    @GetMapping("/{year:\\d{4}}/statistics.xlsx")
    @Operation(summary = "The statistics as a workbook, one sheet per table")
    ResponseEntity<byte[]> workbook(@PathVariable int year, @RequestParam(required = false) String region,
            Locale locale) {
        return StatisticsDownloads.download(exports.statisticsWorkbook(year, StatisticsDownloads.region(region),
                locale));
    }

    @GetMapping("/{year:\\d{4}}/statistics.pdf")
    @Operation(summary = "The statistics as a printable summary with bar charts")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) String region,
            Locale locale) {
        return StatisticsDownloads.download(exports.statisticsPdf(year, StatisticsDownloads.region(region), locale));
    }

    @GetMapping("/{year:\\d{4}}/statistics/{table}.csv")
    @Operation(summary = "One table of the statistics as CSV (UTF-8 with BOM): tasks-by-status, tasks-by-region, "
            + "tasks-by-office, overdue-milestones, training-by-region, training-by-mode, training-by-unit, "
            + "enrolment-by-programme, students-by-region, subsidies-by-region, reports-by-completeness, "
            + "reports-by-kind")
    ResponseEntity<byte[]> csv(@PathVariable int year, @PathVariable String table,
            @RequestParam(required = false) String region, Locale locale) {
        return StatisticsDownloads.download(exports.tableCsv(year, StatisticsDownloads.region(region), table,
                locale));
    }
}
