package org.counterpart.enrolment.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentSummary;
import org.counterpart.enrolment.SubsidyTotals;
import org.springframework.stereotype.Component;

/**
 * Programmes, students and subsidies as the API answers with them: codes with their names in the user's language,
 * funding in 万元 and subsidies in 元 as exact decimals, national ID numbers masked.
 */
@Component
class EnrolmentViews {

    record Labelled(String code, String name) {
    }

    record QuotaView(Labelled hostSchool, String major, int seats, int admitted, int enrolled, int graduated,
            int awaiting, int withdrawn, int free) {
    }

    record ProgrammeView(String id, int academicYear, ProgrammeKind kind, String kindName, String name,
            Labelled sourceRegion, List<Labelled> hostSchools, Integer planTask, Labelled coordinatingOffice,
            int quota, int admitted, int enrolled, int graduated, int awaiting, int withdrawn, BigDecimal funding,
            BigDecimal subsidised, List<QuotaView> quotas, long version) {
    }

    record StudentView(String id, String programme, String name, String gender, String ethnicity, String nationalId,
            Labelled sourceRegion, String county, boolean poverty, Labelled hostSchool, String major, int cohortYear,
            StudentStage stage, String stageName, String withdrawalReason, boolean overQuota, long version) {
    }

    record RegionSubsidy(Labelled region, int students, int grants, BigDecimal amount) {
    }

    record SubsidiesView(BigDecimal total, int grants, List<RegionSubsidy> byRegion) {
    }

    private final EnrolmentMessages messages;

    EnrolmentViews(EnrolmentMessages messages) {
        this.messages = messages;
    }

    ProgrammeView programme(EnrolmentProgrammeSummary p, Locale locale) {
        return new ProgrammeView(p.id().toString(), p.academicYear(), p.kind(), p.kind().name(locale), p.name(),
                region(p.sourceRegion(), locale), p.hostSchools().stream().map(s -> unit(s, locale)).toList(),
                p.planTask(), office(p.coordinatingOffice(), locale), p.quota(), p.admitted(), p.enrolled(),
                p.graduated(), p.awaiting(), p.withdrawn(), p.funding().stripTrailingZeros(), p.subsidised(),
                p.quotas().stream().map(q -> quota(q, locale)).toList(), p.version());
    }

    StudentView student(StudentSummary s, Locale locale) {
        return new StudentView(s.id().toString(), s.programme().toString(), s.name(), s.gender().nameZh(),
                s.ethnicity(), s.maskedNationalId(), region(s.sourceRegion(), locale), s.county(), s.poverty(),
                unit(s.hostSchool(), locale), s.major(), s.cohortYear(), s.stage(), messages.stage(s.stage(), locale),
                s.withdrawalReason(), s.overQuota(), s.version());
    }

    SubsidiesView subsidies(SubsidyTotals totals, Locale locale) {
        return new SubsidiesView(totals.total(), totals.grants(), totals.byRegion().stream()
                .map(r -> new RegionSubsidy(region(r.region(), locale), r.students(), r.grants(), r.amount()))
                .toList());
    }

    private QuotaView quota(QuotaFill q, Locale locale) {
        return new QuotaView(unit(q.line().hostSchool(), locale), q.line().major(), q.line().seats(), q.admitted(),
                q.enrolled(), q.graduated(), q.awaiting(), q.withdrawn(), q.free());
    }

    Labelled region(RegionCode code, Locale locale) {
        return new Labelled(code.value(), messages.region(code, locale));
    }

    Labelled unit(UnitCode code, Locale locale) {
        return new Labelled(code.value(), messages.school(code, locale));
    }

    Labelled office(OfficeCode code, Locale locale) {
        return new Labelled(code.value(), messages.office(code, locale));
    }
}
