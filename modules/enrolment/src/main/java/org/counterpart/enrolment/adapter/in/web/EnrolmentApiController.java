package org.counterpart.enrolment.adapter.in.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.ChangeView;
import org.counterpart.enrolment.EnrolmentProgrammeDetails;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePage;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.ManageEnrolmentProgrammes;
import org.counterpart.enrolment.ManageStudents;
import org.counterpart.enrolment.NewEnrolmentProgramme;
import org.counterpart.enrolment.NewStudent;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentImport;
import org.counterpart.enrolment.StudentQueries;
import org.counterpart.enrolment.StudentQuery;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.adapter.in.files.StudentFiles;
import org.counterpart.enrolment.adapter.in.web.EnrolmentViews.ProgrammeView;
import org.counterpart.enrolment.adapter.in.web.EnrolmentViews.StudentView;
import org.counterpart.enrolment.adapter.in.web.EnrolmentViews.SubsidiesView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 招生项目 as JSON: programmes with their quotas filled, and the students of a programme (ID numbers masked). Lists are
 * {@code {"items": [...], "total": n}}; the programme list adds the totals of everything that matches.
 */
@RestController
@RequestMapping("/api/enrolment")
@Tag(name = "enrolment", description = "招生项目 — enrolment programmes, students and subsidies")
class EnrolmentApiController {

    private final EnrolmentProgrammeQueries programmes;
    private final ManageEnrolmentProgrammes manage;
    private final StudentQueries students;
    private final ManageStudents manageStudents;
    private final StudentFiles files;
    private final EnrolmentViews views;

    EnrolmentApiController(EnrolmentProgrammeQueries programmes, ManageEnrolmentProgrammes manage,
            StudentQueries students, ManageStudents manageStudents, StudentFiles files, EnrolmentViews views) {
        this.programmes = programmes;
        this.manage = manage;
        this.students = students;
        this.manageStudents = manageStudents;
        this.files = files;
        this.views = views;
    }

    record ProgrammeList(List<ProgrammeView> items, long total, EnrolmentProgrammePage.Totals totals) {
    }

    record ProgrammeResource(ProgrammeView programme, SubsidiesView subsidies, List<ChangeView> changes) {
    }

    record QuotaInput(String hostSchool, String major, Integer seats) {
    }

    record NewProgrammeInput(Integer academicYear, String kind, String name, String sourceRegion, Integer planTask,
            String coordinatingOffice, BigDecimal funding, List<QuotaInput> quotas) {
    }

    record Revision(BigDecimal funding, List<QuotaInput> quotas, Long version) {
    }

    record StudentList(List<StudentView> items, long total) {
    }

    record NewStudentInput(String name, String gender, String ethnicity, String nationalId, String sourceRegion,
            String county, Boolean poverty, String hostSchool, String major, Integer cohortYear) {
    }

    @GetMapping("/programmes")
    @Operation(summary = "An academic year's programmes (default: the latest), filtered by kind, source region and "
            + "host school, with quota, admitted, enrolled, funding (万元) and subsidies (元), and their totals")
    ProgrammeList programmes(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String region, @RequestParam(required = false) String school,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        var result = programmes.programmes(query(programmes, year, kind, region, school, page, size));
        return new ProgrammeList(result.items().stream().map(p -> views.programme(p, locale)).toList(),
                result.total(), result.totals());
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One programme with its quota per host school and major, subsidies by region and every "
            + "recorded change")
    ProgrammeResource programme(@PathVariable String id, Locale locale) {
        return resource(programmes.programme(EnrolmentProgrammeId.parse(id))
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found")), locale);
    }

    @PostMapping("/programmes")
    @Operation(summary = "Plan a programme (ADMIN); name, region, task and office default to the kind's")
    ResponseEntity<ProgrammeResource> plan(@RequestBody NewProgrammeInput input, Locale locale) {
        if (input.academicYear() == null) {
            throw EnrolmentRejected.invalid("enrolment.programme.year-invalid", 0);
        }
        var planned = manage.plan(new NewEnrolmentProgramme(input.academicYear(), ProgrammeKind.parse(input.kind()),
                input.name(), code(input.sourceRegion(), RegionCode::new), input.planTask(),
                code(input.coordinatingOffice(), OfficeCode::new), input.funding(), quotas(input.quotas())));
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(planned, locale));
    }

    @PutMapping("/programmes/{id}/quota")
    @Operation(summary = "Set the funding (万元) and the quota lines; version is the programme's version the caller saw")
    ProgrammeResource revise(@PathVariable String id, @RequestBody Revision revision, Locale locale) {
        if (revision.version() == null) {
            throw EnrolmentRejected.invalid("enrolment.quota.required");
        }
        return resource(manage.revise(EnrolmentProgrammeId.parse(id), revision.funding(), quotas(revision.quotas()),
                revision.version()), locale);
    }

    @GetMapping("/programmes/{id}/students")
    @Operation(summary = "The programme's students, ID numbers masked, filtered by host school, stage and name; a "
            + "host school sees its own only, VIEWER and other units none (403)")
    StudentList students(@PathVariable String id, @RequestParam(required = false) String school,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        var result = students.students(new StudentQuery(EnrolmentProgrammeId.parse(id), code(school, UnitCode::new),
                stage == null || stage.isBlank() ? null : StudentStage.parse(stage), name, page, size));
        return new StudentList(result.items().stream().map(s -> views.student(s, locale)).toList(), result.total());
    }

    @PostMapping("/programmes/{id}/students")
    @Operation(summary = "Admit one student (the host school for its own, or ADMIN); beyond the quota a school's "
            + "admission waits for ADMIN's approval")
    ResponseEntity<StudentApiController.StudentResource> admit(@PathVariable String id,
            @RequestBody NewStudentInput input, Locale locale) {
        var admitted = manageStudents.admit(EnrolmentProgrammeId.parse(id), new NewStudent(input.name(),
                input.gender() == null ? null : Gender.parse(input.gender()), input.ethnicity(), input.nationalId(),
                code(input.sourceRegion(), RegionCode::new), input.county(), Boolean.TRUE.equals(input.poverty()),
                code(input.hostSchool(), UnitCode::new), input.major(),
                input.cohortYear() == null ? 0 : input.cohortYear()));
        return ResponseEntity.status(HttpStatus.CREATED).body(StudentApiController.resource(admitted, views, locale));
    }

    @PostMapping(path = "/programmes/{id}/students/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import students from .xlsx or .csv (field 'file'; columns 姓名, 性别, 民族, 身份证号, 生源地, "
            + "县（市、区）, 建档立卡, 学校, 专业, 入学年份); dryRun=true only says what it would add. All or nothing: a "
            + "wrong file is refused with 422 and each line's reason")
    StudentImport importStudents(@PathVariable String id, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        try (var in = file.getInputStream()) {
            var rows = files.read(file.getOriginalFilename(), in);
            var programme = EnrolmentProgrammeId.parse(id);
            return dryRun ? manageStudents.previewImport(programme, rows) : manageStudents.importStudents(programme, rows);
        }
    }

    @GetMapping("/subsidies")
    @Operation(summary = "Subsidies (元) granted in an academic year's programmes (default: the latest), by the "
            + "students' source region")
    SubsidiesView subsidies(@RequestParam(required = false) Integer year, Locale locale) {
        return views.subsidies(programmes.subsidies(year != null ? year : latest(programmes)), locale);
    }

    private ProgrammeResource resource(EnrolmentProgrammeDetails details, Locale locale) {
        return new ProgrammeResource(views.programme(details.programme(), locale),
                views.subsidies(details.subsidies(), locale), details.changes());
    }

    private static List<QuotaLine> quotas(List<QuotaInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        return inputs.stream().filter(q -> q != null)
                .map(q -> new QuotaLine(code(q.hostSchool(), UnitCode::new), q.major(),
                        q.seats() == null ? -1 : q.seats()))
                .toList();
    }

    static <T> T code(String text, java.util.function.Function<String, T> of) {
        return text == null || text.isBlank() ? null : of.apply(text.strip());
    }

    static int latest(EnrolmentProgrammeQueries programmes) {
        return programmes.years().stream().findFirst().orElse(java.time.Year.now().getValue());
    }

    /** The query the page and the API share: unknown values are refused, not ignored. */
    static EnrolmentProgrammeQuery query(EnrolmentProgrammeQueries programmes, Integer year, String kind,
            String region, String school, int page, int size) {
        return new EnrolmentProgrammeQuery(year != null ? year : latest(programmes),
                kind == null || kind.isBlank() ? null : ProgrammeKind.parse(kind), code(region, RegionCode::new),
                code(school, UnitCode::new), page, size);
    }
}
