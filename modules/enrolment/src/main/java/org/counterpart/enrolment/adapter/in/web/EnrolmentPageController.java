package org.counterpart.enrolment.adapter.in.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitQuery;
import org.counterpart.enrolment.EnrolmentProgrammeDetails;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.ManageEnrolmentProgrammes;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentQueries;
import org.counterpart.enrolment.StudentQuery;
import org.counterpart.enrolment.StudentStage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 招生项目 pages: an academic year's programmes with their totals (filters update the table in place, pages of 20),
 * and a programme's page — its quota filled per host school and major, subsidies by source region, its students as
 * far as the user may read them, registering students one by one or from a list, revising funding and quota, and
 * its recorded changes.
 */
@Controller
@RequestMapping("/enrolment")
class EnrolmentPageController {

    static final int PROGRAMMES_PER_PAGE = 20;
    static final int STUDENTS_PER_PAGE = 20;

    /** The kinds of unit that host students. */
    static final Set<UnitKind> HOST_KINDS = EnumSet.of(UnitKind.SCHOOL, UnitKind.VOCATIONAL_SCHOOL,
            UnitKind.UNIVERSITY);

    private final EnrolmentProgrammeQueries queries;
    private final ManageEnrolmentProgrammes manage;
    private final StudentQueries students;
    private final Directory directory;
    private final EnrolmentPageViews views;

    EnrolmentPageController(EnrolmentProgrammeQueries queries, ManageEnrolmentProgrammes manage,
            StudentQueries students, Directory directory, EnrolmentPageViews views) {
        this.queries = queries;
        this.manage = manage;
        this.students = students;
        this.directory = directory;
        this.views = views;
    }

    /** Students' records shown, as the programme page lists them for the commission office. */
    record ShownLine(LocalDateTime at, String by, String username, boolean oneStudent, int students) {
    }

    @ModelAttribute("section")
    String section() {
        return "enrolment";
    }

    /** The list; asked for by htmx (the filters), only the table, so the filters keep their focus. */
    @GetMapping
    String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String region, @RequestParam(required = false) String school,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring, Model model,
            Locale locale) {
        var years = queries.years();
        if (years.isEmpty()) {
            return "enrolment/index";
        }
        var shown = year != null && years.contains(year) ? year : years.get(0);
        var filter = new Filter(blankToNull(kind), blankToNull(region), blankToNull(school));
        var result = queries.programmes(new EnrolmentProgrammeQuery(shown,
                filter.kind() == null ? null : ProgrammeKind.parse(filter.kind()),
                filter.region() == null ? null : new RegionCode(filter.region()),
                filter.school() == null ? null : new UnitCode(filter.school()), Math.max(page, 1) - 1,
                PROGRAMMES_PER_PAGE));
        model.addAttribute("year", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("programmes", result.items().stream().map(p -> views.programme(p, locale)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("totals", result.totals());
        model.addAttribute("totalFunding", EnrolmentPageViews.wan(result.totals().funding()));
        model.addAttribute("totalSubsidised", EnrolmentPageViews.yuan(result.totals().subsidised()));
        model.addAttribute("filtered", Arrays.asList(filter.kind(), filter.region(), filter.school()).stream()
                .anyMatch(v -> v != null));
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("year", shown);
        parameters.put("kind", filter.kind());
        parameters.put("region", filter.region());
        parameters.put("school", filter.school());
        model.addAttribute("pager", Pager.of(Math.max(page, 1), result.total(), PROGRAMMES_PER_PAGE,
                address("/enrolment", parameters)));
        if (htmx != null && restoring == null) {
            return "enrolment/programmes :: programme-table";
        }
        // The filters offer what the year's programmes have: their regions and their host schools.
        var all = queries.programmes(new EnrolmentProgrammeQuery(shown, null, null, null, 0,
                EnrolmentProgrammeQuery.MAX_PAGE_SIZE)).items();
        var regions = new LinkedHashMap<String, String>();
        var schools = new LinkedHashMap<String, String>();
        for (var p : all) {
            regions.putIfAbsent(p.sourceRegion().value(), views.region(p.sourceRegion(), locale));
            p.hostSchools().forEach(s -> schools.putIfAbsent(s.value(), views.school(s, locale)));
        }
        model.addAttribute("years", years);
        model.addAttribute("kinds", Arrays.stream(ProgrammeKind.values())
                .map(k -> new Option(k.name(), k.name(locale))).toList());
        model.addAttribute("regions", options(regions));
        model.addAttribute("schools", options(schools));
        return "enrolment/programmes";
    }

    record Filter(String kind, String region, String school) {
    }

    record Option(String value, String label) {
    }

    /** Which page of how many, and the pages to link to (the first, the last and those around this one). */
    record Pager(int page, int pages, long total, List<PageLink> links) {

        static Pager of(int page, long total, int size, UriComponentsBuilder base) {
            var pages = (int) Math.max(1, (total + size - 1) / size);
            var numbers = new LinkedHashSet<Integer>();
            numbers.add(1);
            for (int p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) {
                numbers.add(p);
            }
            numbers.add(pages);
            return new Pager(page, pages, total, numbers.stream().map(n -> new PageLink(n,
                    base.cloneBuilder().replaceQueryParam("page", n).build().encode().toUriString(), n == page))
                    .toList());
        }
    }

    record PageLink(int number, String url, boolean current) {
    }

    /** The address of a list with only the parameters that are set. */
    static UriComponentsBuilder address(String path, Map<String, Object> parameters) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder;
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable String id, @RequestParam(required = false) String school,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        var details = queries.programme(EnrolmentProgrammeId.parse(id))
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found"));
        var summary = details.programme();
        var p = views.programme(summary, locale);
        model.addAttribute("details", details);
        model.addAttribute("p", p);
        model.addAttribute("changes", views.changes(details.changes(), locale));
        addSubsidies(model, details, locale);
        var hostSchools = summary.hostSchools().stream()
                .map(s -> new Option(s.value(), views.school(s, locale))).toList();
        if (details.mayReadStudents()) {
            // A host school is shown its own students only (the service narrows the list); the layout's "me" tells
            // the template to offer no school filter then.
            var filter = new StudentFilter(blankToNull(school), blankToNull(stage), blankToNull(name));
            var shown = Math.max(page, 1);
            var found = students.students(new StudentQuery(summary.id(),
                    filter.school() == null ? null : new UnitCode(filter.school()),
                    filter.stage() == null ? null : StudentStage.parse(filter.stage()), filter.name(), shown - 1,
                    STUDENTS_PER_PAGE));
            model.addAttribute("students", found.items().stream().map(s -> views.student(s, locale)).toList());
            var parameters = new LinkedHashMap<String, Object>();
            parameters.put("school", filter.school());
            parameters.put("stage", filter.stage());
            parameters.put("name", filter.name());
            model.addAttribute("studentPager", Pager.of(shown, found.total(), STUDENTS_PER_PAGE,
                    address("/enrolment/programmes/" + summary.id(), parameters).fragment("students")));
            model.addAttribute("studentFilter", filter);
            model.addAttribute("studentFiltered", filter.school() != null || filter.stage() != null
                    || filter.name() != null);
            model.addAttribute("filterSchools", hostSchools);
            model.addAttribute("stages", Arrays.stream(StudentStage.values())
                    .map(s -> new Option(s.name(), views.stageName(s.name(), locale))).toList());
        }
        // Who was shown the students' records, for the commission office (this showing included).
        students.studentsShown(summary.id()).ifPresent(shown -> model.addAttribute("studentsShown", shown.stream()
                .map(r -> new ShownLine(LocalDateTime.ofInstant(r.at(), EnrolmentPageViews.SHANGHAI), r.by(),
                        r.username(), r.student() != null, r.students()))
                .toList()));
        if (details.mayAdmit()) {
            model.addAttribute("admitSchools", hostSchools);
            // The majors planned, each with its school, so a host school is offered its own.
            model.addAttribute("majors", summary.quotas().stream().filter(q -> q.line().major() != null)
                    .map(q -> new Option(q.line().major(), q.line().hostSchool().value())).distinct().toList());
            model.addAttribute("regionGroups", regionGroups(locale));
            model.addAttribute("genders", Arrays.stream(Gender.values())
                    .map(g -> new Option(g.name(), views.gender(g, locale))).toList());
            model.addAttribute("defaultRegion", summary.sourceRegion().value());
        }
        if (details.mayRevise()) {
            var units = new ArrayList<Option>();
            for (Unit unit : directory.units(UnitQuery.all())) {
                if (HOST_KINDS.contains(unit.kind()) && !unit.generic()
                        || summary.hostSchools().contains(unit.code())) {
                    units.add(new Option(unit.code().value(), unit.name(locale)));
                }
            }
            model.addAttribute("unitOptions", units);
        }
        return "enrolment/programme";
    }

    record StudentFilter(String school, String stage, String name) {
    }

    record OptionGroup(String label, List<Option> options) {
    }

    /** The regions and places under the partner region they belong to (遵义 under 贵州), in the notice's order. */
    private List<OptionGroup> regionGroups(Locale locale) {
        var regions = directory.regions();
        var byCode = new LinkedHashMap<String, Region>();
        regions.forEach(r -> byCode.put(r.code().value(), r));
        var groups = new LinkedHashMap<String, List<Option>>();
        regions.stream().filter(Region::isPartnerRegion).forEach(r -> groups.put(r.code().value(), new ArrayList<>()));
        for (var region : regions) {
            var top = region;
            while (top.parent() != null && byCode.containsKey(top.parent().value())) {
                top = byCode.get(top.parent().value());
            }
            groups.computeIfAbsent(top.code().value(), k -> new ArrayList<>())
                    .add(new Option(region.code().value(), region.name(locale)));
        }
        return groups.entrySet().stream().map(e -> new OptionGroup(byCode.get(e.getKey()).name(locale),
                List.copyOf(e.getValue()))).toList();
    }

    /** Subsidies by source region, in 元, and how much of the programme's funding (万元) they use. */
    record RegionSubsidy(String region, int students, int grants, String amount) {
    }

    private void addSubsidies(Model model, EnrolmentProgrammeDetails details, Locale locale) {
        var totals = details.subsidies();
        model.addAttribute("subsidyRegions", totals.byRegion().stream().map(r -> new RegionSubsidy(
                views.region(r.region(), locale), r.students(), r.grants(), EnrolmentPageViews.yuan(r.amount()))).toList());
        model.addAttribute("subsidyTotal", EnrolmentPageViews.yuan(totals.total()));
        model.addAttribute("subsidyGrants", totals.grants());
        model.addAttribute("subsidyStudents", totals.byRegion().stream().mapToInt(r -> r.students()).sum());
        var funding = details.programme().funding();
        if (funding != null && funding.signum() > 0) {
            var fundingYuan = funding.multiply(BigDecimal.valueOf(10_000));
            model.addAttribute("fundingYuan", EnrolmentPageViews.yuan(fundingYuan));
            model.addAttribute("fundingShare", totals.total().multiply(BigDecimal.valueOf(100))
                    .divide(fundingYuan, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
    }

    /**
     * Funding (万元; empty for none) and the quota lines as rows of school, major and seats; a row without a school is
     * left out (the blank row to add one, or a line removed).
     */
    @PostMapping("/programmes/{id}/revise")
    String revise(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes flash, Locale locale) {
        try {
            var version = parseVersion(form.getFirst("version"));
            var funding = parseFunding(form.getFirst("funding"));
            var schools = form.getOrDefault("school", List.of());
            var majors = form.getOrDefault("major", List.of());
            var seats = form.getOrDefault("seats", List.of());
            var lines = new ArrayList<QuotaLine>();
            for (int i = 0; i < schools.size(); i++) {
                var school = blankToNull(schools.get(i));
                if (school == null) {
                    continue;
                }
                lines.add(new QuotaLine(new UnitCode(school), i < majors.size() ? majors.get(i) : null,
                        parseSeats(i < seats.size() ? seats.get(i) : null)));
            }
            manage.revise(EnrolmentProgrammeId.parse(id), funding, lines, version);
            flash.addFlashAttribute("notice", views.text("enrolment.flash.revised", locale));
        } catch (EnrolmentRejected rejected) {
            refuseIfForbidden(rejected);
            flash.addFlashAttribute("error", views.refusal(rejected, locale));
        }
        return "redirect:/enrolment/programmes/" + id;
    }

    static void refuseIfForbidden(EnrolmentRejected rejected) {
        if (rejected.kind() == EnrolmentRejected.Kind.FORBIDDEN) {
            throw new AccessDeniedException(rejected.messageKey());
        }
        if (rejected.kind() == EnrolmentRejected.Kind.NOT_FOUND) {
            throw rejected;
        }
    }

    static long parseVersion(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw EnrolmentRejected.invalid("enrolment.page.version-missing");
        }
    }

    private static BigDecimal parseFunding(String text) {
        var value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw EnrolmentRejected.invalid("enrolment.page.revise.funding-unreadable", value);
        }
    }

    private static int parseSeats(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw EnrolmentRejected.invalid("enrolment.quota.seats-invalid", QuotaLine.MAX_SEATS);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<Option> options(Map<String, String> values) {
        return values.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }
}
