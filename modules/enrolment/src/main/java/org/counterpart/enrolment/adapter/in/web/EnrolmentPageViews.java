package org.counterpart.enrolment.adapter.in.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.ChangeView;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentSummary;
import org.counterpart.enrolment.SubsidyView;
import org.counterpart.enrolment.Term;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the enrolment pages show, in the user's language: programmes, quota lines, students, subsidies and recorded
 * changes with the directory's names instead of codes, money as office users write it (万元 as in the notice, 元 with
 * two decimals and thousands separators), and refusals explained from the message bundles. The API's views are
 * {@link EnrolmentViews}.
 */
@Component
class EnrolmentPageViews {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Pattern SUBSIDY_RECORD = Pattern.compile("(\\d{4}-[12]) · ([0-9.]+) · (.*)", Pattern.DOTALL);

    private final MessageSource messages;
    private final EnrolmentMessages refusals;

    EnrolmentPageViews(MessageSource messages, EnrolmentMessages refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    /** A programme as a row of the list and the head of its page. */
    record ProgrammeView(String id, int year, String kind, String kindName, String name, String region,
            Integer planTask, String office, BigDecimal fundingValue, String funding, List<String> hostSchools,
            int quota, int admitted, int enrolled, int graduated, int awaiting, int withdrawn, int filled,
            String subsidised, BigDecimal subsidisedValue, List<QuotaView> quotas, long version) {

        public boolean funded() {
            return fundingValue != null && fundingValue.signum() > 0;
        }
    }

    /** One quota line: school and major, seats, students by stage, seats free, and whether it is over its seats. */
    record QuotaView(String schoolCode, String school, String major, int seats, int admitted, int enrolled,
            int graduated, int awaiting, int withdrawn, int filled, int free, boolean over) {
    }

    /** A student as lists and their page show them: the ID number only masked. */
    record StudentView(String id, String name, String gender, String ethnicity, String maskedNationalId,
            String region, String county, boolean poverty, String schoolCode, String school, String major,
            int cohortYear, StudentStage stage, String withdrawalReason, boolean overQuota, long version) {
    }

    /** One subsidy granted. */
    record SubsidyLine(String term, String amount, String purpose, String by, LocalDateTime at) {
    }

    /** One recorded change, its field and values put in words. */
    record ChangeLine(LocalDateTime at, String by, String field, String what, String before, String after) {
    }

    ProgrammeView programme(EnrolmentProgrammeSummary p, Locale locale) {
        var name = p.name().equals(p.kind().nameZh()) ? p.kind().name(locale) : p.name();
        return new ProgrammeView(p.id().toString(), p.academicYear(), p.kind().name(), p.kind().name(locale), name,
                region(p.sourceRegion(), locale), p.planTask(), office(p.coordinatingOffice(), locale), p.funding(),
                wan(p.funding()), p.hostSchools().stream().map(s -> school(s, locale)).toList(), p.quota(),
                p.admitted(), p.enrolled(), p.graduated(), p.awaiting(), p.withdrawn(), p.filled(),
                yuan(p.subsidised()), p.subsidised(), p.quotas().stream().map(q -> quota(q, locale)).toList(),
                p.version());
    }

    QuotaView quota(QuotaFill q, Locale locale) {
        var line = q.line();
        return new QuotaView(line.hostSchool().value(), school(line.hostSchool(), locale), line.major(),
                line.seats(), q.admitted(), q.enrolled(), q.graduated(), q.awaiting(), q.withdrawn(), q.filled(),
                q.free(), q.isOver());
    }

    StudentView student(StudentSummary s, Locale locale) {
        return new StudentView(s.id().toString(), s.name(), gender(s.gender(), locale), s.ethnicity(),
                s.maskedNationalId(), region(s.sourceRegion(), locale), s.county(), s.poverty(),
                s.hostSchool().value(), school(s.hostSchool(), locale), s.major(), s.cohortYear(), s.stage(),
                s.withdrawalReason(), s.overQuota(), s.version());
    }

    SubsidyLine subsidy(SubsidyView s, Locale locale) {
        return new SubsidyLine(term(s.term(), locale), yuan(s.amount()), s.purpose(), by(s.grantedBy(), locale),
                LocalDateTime.ofInstant(s.grantedAt(), SHANGHAI));
    }

    List<ChangeLine> changes(List<ChangeView> changes, Locale locale) {
        var lines = new ArrayList<ChangeLine>();
        for (var c : changes) {
            var field = c.field();
            var what = textOr("enrolment.page.field." + field, field, locale);
            var before = c.before();
            var after = c.after();
            switch (field) {
                case "stage" -> {
                    before = stageName(before, locale);
                    after = stageName(after, locale);
                }
                case "quota" -> {
                    before = quotaLines(before, locale);
                    after = quotaLines(after, locale);
                }
                case "overQuota" -> after = textOr("enrolment.page.over-quota." + after, after, locale);
                case "subsidy" -> after = subsidyRecord(after, locale);
                default -> {
                }
            }
            lines.add(new ChangeLine(LocalDateTime.ofInstant(c.at(), SHANGHAI), by(c.by(), locale), field, what,
                    before, after));
        }
        return lines;
    }

    String region(RegionCode code, Locale locale) {
        return refusals.region(code, locale);
    }

    String school(UnitCode code, Locale locale) {
        return refusals.school(code, locale);
    }

    String office(OfficeCode code, Locale locale) {
        return refusals.office(code, locale);
    }

    String gender(Gender gender, Locale locale) {
        return gender == null ? "" : textOr("enrolment.page.gender." + gender.name(), gender.nameZh(), locale);
    }

    String stageName(String stage, Locale locale) {
        return stage == null ? null : textOr("enrolment.stage." + stage, stage, locale);
    }

    /** 2018学年第一学期, or "2018–19, first term". */
    String term(Term term, Locale locale) {
        return textOr("enrolment.page.term." + term.half(), term.nameZh(), locale, term.academicYear(),
                term.academicYear() + 1);
    }

    /** The terms a subsidy may be granted for: from the cohort's first term to the current one, latest first. */
    static List<Term> terms(int cohortYear, LocalDate today) {
        var current = currentTerm(today);
        var terms = new ArrayList<Term>();
        for (int year = current.academicYear(); year >= Math.max(cohortYear, current.academicYear() - 9); year--) {
            if (year < current.academicYear() || current.half() == 2) {
                terms.add(new Term(year, 2));
            }
            terms.add(new Term(year, 1));
        }
        return terms;
    }

    /** The term of a day: the first from September to January, the second from February to August. */
    static Term currentTerm(LocalDate today) {
        var month = today.getMonthValue();
        if (month >= 9) {
            return new Term(today.getYear(), 1);
        }
        return month == 1 ? new Term(today.getYear() - 1, 1) : new Term(today.getYear() - 1, 2);
    }

    /** 万元 as the notice writes it: 224.3, never 224.30; none is "—". */
    static String wan(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "—" : amount.stripTrailingZeros().toPlainString();
    }

    /** 元 with two decimals and thousands separators, as in the finance office's sheets. */
    static String yuan(BigDecimal amount) {
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    /** The text of a refusal in the user's language, its schools, regions, stages and terms named. */
    String refusal(EnrolmentRejected rejected, Locale locale) {
        return refusals.text(rejected, locale);
    }

    String refusal(String key, Object[] arguments, Locale locale) {
        return refusals.text(key, arguments, locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String textOr(String key, String fallback, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, locale);
    }

    private String by(String by, Locale locale) {
        return "system".equals(by) ? text("enrolment.page.history.system", locale) : by;
    }

    /** "qunyi/旅游服务与管理:50, yiyao:30" with the schools' names. */
    private String quotaLines(String described, Locale locale) {
        if (described == null || described.isBlank()) {
            return described;
        }
        var parts = new ArrayList<String>();
        for (var part : described.split(", ")) {
            var colon = part.lastIndexOf(':');
            var line = colon < 0 ? part : part.substring(0, colon);
            var seats = colon < 0 ? "" : part.substring(colon + 1);
            var slash = line.indexOf('/');
            var school = school(new UnitCode(slash < 0 ? line : line.substring(0, slash)), locale);
            parts.add(school + (slash < 0 ? "" : " · " + line.substring(slash + 1)) + (seats.isEmpty() ? "" : " " + seats));
        }
        return String.join("；", parts);
    }

    /** "2018-1 · 3000.00 · 学费及住宿费补助" with the term in words and the amount in 元. */
    private String subsidyRecord(String recorded, Locale locale) {
        if (recorded == null) {
            return null;
        }
        var matcher = SUBSIDY_RECORD.matcher(recorded);
        if (!matcher.matches()) {
            return recorded;
        }
        return textOr("enrolment.page.history.subsidy", recorded, locale, term(Term.parse(matcher.group(1)), locale),
                yuan(new BigDecimal(matcher.group(2))), matcher.group(3));
    }
}
