package org.counterpart.reporting.adapter.in.web;

import java.util.Locale;
import java.util.TreeSet;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Region;
import org.counterpart.reporting.RebuildStatistics;
import org.counterpart.reporting.StatisticsExports;
import org.counterpart.reporting.StatisticsQueries;
import org.counterpart.reporting.StatisticsRejected;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 统计看板 — the year's statistics as charts with their tables, of every partner region or one, and the same files
 * the API gives, for the signed-in browser. The commission office rebuilds the statistics from here too.
 */
@Controller
@RequestMapping("/reporting")
class DashboardPageController {

    private final StatisticsQueries statistics;
    private final StatisticsExports exports;
    private final RebuildStatistics rebuild;
    private final ObjectProvider<Directory> directory;
    private final MessageSource messages;

    /** The directory is looked up when a page is shown: the reporting module also runs alone in its own tests. */
    DashboardPageController(StatisticsQueries statistics, StatisticsExports exports, RebuildStatistics rebuild,
            ObjectProvider<Directory> directory, MessageSource messages) {
        this.statistics = statistics;
        this.exports = exports;
        this.rebuild = rebuild;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            Model model, Locale locale) {
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(statistics.years());
        int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.first();
        years.add(shown);
        var code = StatisticsDownloads.region(region);
        var tables = statistics.tables(shown, code, locale);
        model.addAttribute("section", "reporting");
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("region", code == null ? "" : code.value());
        model.addAttribute("regions", directory.getObject().regions().stream().filter(Region::isPartnerRegion).toList());
        model.addAttribute("tables", tables);
        model.addAttribute("figures", tables.statistics());
        model.addAttribute("view", DashboardView.of(tables));
        var state = statistics.state();
        model.addAttribute("state", state);
        model.addAttribute("rebuiltAt", state.rebuiltAt() == null ? null
                : java.time.LocalDateTime.ofInstant(state.rebuiltAt(), java.time.ZoneId.of("Asia/Shanghai")));
        model.addAttribute("asOf", tables.asOf() == null ? null
                : java.time.LocalDateTime.ofInstant(tables.asOf(), java.time.ZoneId.of("Asia/Shanghai")));
        return "reporting/dashboard";
    }

    @PostMapping("/dashboard/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    String rebuild(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            RedirectAttributes flash, Locale locale) {
        var state = rebuild.rebuild();
        flash.addFlashAttribute("notice", messages.getMessage("reporting.dashboard.rebuilt",
                new Object[] { state.replayed(), state.skipped() }, locale));
        flash.addAttribute("year", year);
        if (region != null && !region.isBlank()) {
            flash.addAttribute("region", region);
        }
        return "redirect:/reporting/dashboard";
    }

    @GetMapping("/{year:\\d{4}}/attachment-1.xlsx")
    ResponseEntity<byte[]> attachment1(@PathVariable int year) {
        return StatisticsDownloads.download(exports.attachment1(year));
    }

    @GetMapping("/{year:\\d{4}}/attachment-2.xlsx")
    ResponseEntity<byte[]> attachment2(@PathVariable int year) {
        return StatisticsDownloads.download(exports.attachment2(year));
    }

    @GetMapping("/{year:\\d{4}}/statistics.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable int year, @RequestParam(required = false) String region,
            Locale locale) {
        return StatisticsDownloads.download(exports.statisticsWorkbook(year, StatisticsDownloads.region(region),
                locale));
    }

    @GetMapping("/{year:\\d{4}}/statistics.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) String region,
            Locale locale) {
        return StatisticsDownloads.download(exports.statisticsPdf(year, StatisticsDownloads.region(region), locale));
    }

    @GetMapping("/{year:\\d{4}}/statistics/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, @PathVariable String table,
            @RequestParam(required = false) String region, Locale locale) {
        return StatisticsDownloads.download(exports.tableCsv(year, StatisticsDownloads.region(region), table,
                locale));
    }

    /** A year or region that cannot be, a table or plan not there, a rebuild by another than ADMIN: the error pages. */
    @ExceptionHandler(StatisticsRejected.class)
    ModelAndView rejected(StatisticsRejected rejected) {
        var status = switch (rejected.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        var view = status == HttpStatus.NOT_FOUND ? "error/404" : status == HttpStatus.FORBIDDEN ? "error/403" : "error";
        var mav = new ModelAndView(view, status);
        mav.addObject("status", status.value());
        return mav;
    }
}
