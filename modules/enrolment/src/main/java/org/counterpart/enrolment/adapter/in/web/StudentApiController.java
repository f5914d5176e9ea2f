package org.counterpart.enrolment.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.counterpart.enrolment.ChangeView;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.GrantSubsidies;
import org.counterpart.enrolment.ManageStudents;
import org.counterpart.enrolment.StudentDetails;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentQueries;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.SubsidyView;
import org.counterpart.enrolment.Term;
import org.counterpart.enrolment.adapter.in.web.EnrolmentViews.StudentView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One student as JSON: the record with the ID number masked, stage moves, subsidies, and the audited reveal of the
 * full ID number for ADMIN.
 */
@RestController
@RequestMapping("/api/enrolment/students")
@Tag(name = "enrolment")
class StudentApiController {

    private final StudentQueries students;
    private final ManageStudents manage;
    private final GrantSubsidies subsidies;
    private final EnrolmentViews views;

    StudentApiController(StudentQueries students, ManageStudents manage, GrantSubsidies subsidies,
            EnrolmentViews views) {
        this.students = students;
        this.manage = manage;
        this.subsidies = subsidies;
        this.views = views;
    }

    record StudentResource(StudentView student, List<StudentStage> nextStages, List<SubsidyView> subsidies,
            List<ChangeView> changes) {
    }

    record Move(String to, String reason, Long version) {
    }

    record NewSubsidy(String term, BigDecimal amount, String purpose) {
    }

    record RevealRequest(String reason) {
    }

    record Revealed(String nationalId) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "One student (ID number masked) with subsidies, the stages they may move to and every "
            + "recorded change; a host school reads its own students only")
    StudentResource student(@PathVariable String id, Locale locale) {
        return resource(students.student(StudentId.parse(id))
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.student.not-found")), views, locale);
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move the student: to = ENROLLED, GRADUATED, EMPLOYED_IN_SHANGHAI, "
            + "EMPLOYED_IN_PARTNER_REGION, RETURNED_HOME, FURTHER_STUDY, WITHDRAWN (reason), or ADMITTED to approve "
            + "an admission beyond the quota (ADMIN); version is the student's version the caller saw")
    StudentResource move(@PathVariable String id, @RequestBody Move move, Locale locale) {
        if (move.version() == null) {
            throw EnrolmentRejected.invalid("enrolment.stage.required");
        }
        return resource(manage.move(StudentId.parse(id), StudentStage.parse(move.to()), move.reason(),
                move.version()), views, locale);
    }

    @PostMapping("/{id}/subsidies")
    @Operation(summary = "Grant a poverty subsidy (元) for a term (2018-1, 2018-2): once per student and term")
    ResponseEntity<SubsidyView> grant(@PathVariable String id, @RequestBody NewSubsidy subsidy) {
        return ResponseEntity.status(HttpStatus.CREATED).body(subsidies.grant(StudentId.parse(id),
                subsidy.term() == null || subsidy.term().isBlank() ? null : Term.parse(subsidy.term()),
                subsidy.amount(), subsidy.purpose()));
    }

    @PostMapping("/{id}/national-id")
    @Operation(summary = "The full national ID number (ADMIN only), for a stated reason; every reveal is recorded")
    Revealed reveal(@PathVariable String id, @RequestBody RevealRequest request) {
        return new Revealed(manage.revealNationalId(StudentId.parse(id), request.reason()));
    }

    static StudentResource resource(StudentDetails details, EnrolmentViews views, Locale locale) {
        return new StudentResource(views.student(details.student(), locale),
                details.nextStages().stream().sorted().toList(), details.subsidies(), details.changes());
    }
}
