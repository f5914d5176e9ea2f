package org.counterpart.reporting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.counterpart.directory.Directory;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Unit;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.planning.ManagePlans;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.reporting.ExportFile;
import org.counterpart.reporting.StatisticsExports;
import org.counterpart.reporting.StatisticsQueries;
import org.counterpart.reporting.StatisticsRejected;
import org.counterpart.reporting.domain.Attachment1;
import org.counterpart.reporting.domain.StatisticsDocuments;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.ProgrammeSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files: Attachments 1 and 2 from the training, enrolment and planning modules' published queries (never their
 * tables), the statistics from their own tables. The other modules' ports are looked up when a file is asked for:
 * the reporting module also runs alone in its own tests.
 */
@Service
@Transactional(readOnly = true)
class ExportService implements StatisticsExports {

    static final int PAGE = 200;

    private final StatisticsQueries statistics;
    private final StatisticsDocuments documents;
    private final ObjectProvider<ProgrammeQueries> programmes;
    private final ObjectProvider<EnrolmentProgrammeQueries> enrolment;
    private final ObjectProvider<ManagePlans> plans;
    private final ObjectProvider<Directory> directory;

    ExportService(StatisticsQueries statistics, StatisticsDocuments documents,
            ObjectProvider<ProgrammeQueries> programmes, ObjectProvider<EnrolmentProgrammeQueries> enrolment,
            ObjectProvider<ManagePlans> plans, ObjectProvider<Directory> directory) {
        this.statistics = statistics;
        this.documents = documents;
        this.programmes = programmes;
        this.enrolment = enrolment;
        this.plans = plans;
        this.directory = directory;
    }

    @Override
    public ExportFile attachment1(int year) {
        StatisticsService.checkYear(year);
        var training = new ArrayList<ProgrammeSummary>();
        var queries = programmes.getObject();
        for (int page = 0;; page++) {
            var found = queries.programmes(new ProgrammeQuery(year, null, null, null, page, PAGE));
            training.addAll(found.items());
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        List<EnrolmentProgrammeSummary> joint = enrolment.getObject().programmes(new EnrolmentProgrammeQuery(year,
                ProgrammeKind.JOINT_VOCATIONAL_SCHOOLING, null, null, 0, PAGE)).items();
        if (training.isEmpty() && joint.isEmpty()) {
            throw StatisticsRejected.notFound("reporting.export.attachment1-none", year);
        }
        var names = directory.getIfAvailable();
        var table = Attachment1.of(year, training, joint, unit -> names == null ? unit.value()
                : names.unit(unit).map(Unit::nameZh).orElse(unit.value()));
        return new ExportFile(year + "-attachment-1.xlsx", ExportFile.XLSX, documents.attachment1(table));
    }

    @Override
    public ExportFile attachment2(int year) {
        StatisticsService.checkYear(year);
        try {
            var sheet = plans.getObject().sheet(year);
            return new ExportFile(year + "-attachment-2.xlsx", ExportFile.XLSX,
                    documents.attachment2(attachment2Title(sheet.title()), sheet.rows()));
        } catch (PlanningRejected rejected) {
            throw StatisticsRejected.notFound("reporting.export.attachment2-none", year);
        }
    }

    @Override
    public ExportFile statisticsWorkbook(int year, RegionCode region, Locale locale) {
        var tables = statistics.tables(year, region, locale);
        return new ExportFile(name(year, region, "statistics") + ".xlsx", ExportFile.XLSX,
                documents.workbook(tables));
    }

    @Override
    public ExportFile statisticsPdf(int year, RegionCode region, Locale locale) {
        var tables = statistics.tables(year, region, locale);
        return new ExportFile(name(year, region, "statistics") + ".pdf", ExportFile.PDF, documents.pdf(tables));
    }

    @Override
    public ExportFile tableCsv(int year, RegionCode region, String table, Locale locale) {
        var tables = statistics.tables(year, region, locale);
        var found = tables.table(table == null ? "" : table)
                .orElseThrow(() -> StatisticsRejected.notFound("reporting.stats.table-unknown", table));
        return new ExportFile(name(year, region, found.key()) + ".csv", ExportFile.CSV, documents.csv(found));
    }

    /** The plan's title as the notice heads its table: "…主要工作任务" is the plan, "…主要工作任务表" the table. */
    static String attachment2Title(String planTitle) {
        var title = planTitle == null ? "" : planTitle.strip();
        return title.isEmpty() || title.endsWith("表") ? title : title + "表";
    }

    private static String name(int year, RegionCode region, String what) {
        return year + "-" + what + (region == null ? "" : "-" + region.value());
    }
}
