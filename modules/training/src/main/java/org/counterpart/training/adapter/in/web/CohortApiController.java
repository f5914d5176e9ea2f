package org.counterpart.training.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.counterpart.training.CertificateVerification;
import org.counterpart.training.CohortDetails;
import org.counterpart.training.CohortId;
import org.counterpart.training.CohortSummary;
import org.counterpart.training.Gender;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.RunProgrammes;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TraineeId;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.VerifyCertificates;
import org.counterpart.training.adapter.in.files.RosterFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Running programmes as JSON: cohorts, trainees, attendance, completion and certificates; and the public check of a
 * certificate's code ({@code /api/public/certificates/{code}}, no sign-in).
 */
@RestController
@Tag(name = "training", description = "培训项目 — training programmes (Attachment 1)")
class CohortApiController {

    private final RunProgrammes run;
    private final VerifyCertificates verify;
    private final RosterFiles roster;

    CohortApiController(RunProgrammes run, VerifyCertificates verify, RosterFiles roster) {
        this.run = run;
        this.verify = verify;
        this.roster = roster;
    }

    record ListPage<T>(List<T> items, long total) {
    }

    record NewCohort(String name, LocalDate start, LocalDate end, String place) {
    }

    record NewTrainee(String name, String gender, String ethnicity, String region, String organisation, String post,
            String phone) {

        TraineeDetails details() {
            return new TraineeDetails(name, Gender.parse(gender), ethnicity, region, organisation, post, phone);
        }
    }

    record Enrolment(List<NewTrainee> trainees, Long version) {
    }

    record Versioned(Long version) {
    }

    record Mark(String trainee, LocalDate day, Boolean present) {
    }

    record Completion(List<String> completed, Long version) {
    }

    @GetMapping("/api/training/programmes/{id}/cohorts")
    @Operation(summary = "A programme's cohorts (班次)")
    ListPage<CohortSummary> cohorts(@PathVariable String id) {
        var all = run.cohorts(ProgrammeId.parse(id));
        return new ListPage<>(all, all.size());
    }

    @PostMapping("/api/training/programmes/{id}/cohorts")
    @Operation(summary = "Plan a cohort: name, start and end day, place (the implementing unit or ADMIN)")
    ResponseEntity<CohortDetails> planCohort(@PathVariable String id, @RequestBody NewCohort cohort) {
        return ResponseEntity.status(HttpStatus.CREATED).body(run.planCohort(ProgrammeId.parse(id), cohort.name(),
                cohort.start(), cohort.end(), cohort.place()));
    }

    @GetMapping("/api/training/cohorts/{id}")
    @Operation(summary = "A cohort with its roster (phone numbers only for the implementing unit and ADMIN), "
            + "attendance by day and certificates")
    CohortDetails cohort(@PathVariable String id) {
        return run.cohort(CohortId.parse(id)).orElseThrow(() -> TrainingRejected.notFound("training.cohort.not-found"));
    }

    @PostMapping("/api/training/cohorts/{id}/trainees")
    @Operation(summary = "Add trainees to the roster")
    ResponseEntity<CohortDetails> enrol(@PathVariable String id, @RequestBody Enrolment enrolment) {
        var trainees = enrolment.trainees() == null ? List.<TraineeDetails>of()
                : enrolment.trainees().stream().map(NewTrainee::details).toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(run.enrol(CohortId.parse(id), trainees, version(enrolment.version())));
    }

    record RosterPreview(int trainees, List<TraineeDetails> adding) {
    }

    @PostMapping(path = "/api/training/cohorts/{id}/roster",
            consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a roster from .xlsx or .csv (field 'file'; columns 姓名, 性别, 民族, 地区, 学校或单位, 职务, "
            + "联系电话); dryRun=true answers who would be added; any wrong row refuses the file with 422 and the "
            + "reasons by line; version is the cohort's version (not needed for a dry run)")
    ResponseEntity<?> importRoster(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestPart("file")
            org.springframework.web.multipart.MultipartFile file,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean dryRun,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Long version)
            throws java.io.IOException {
        try (var in = file.getInputStream()) {
            var rows = roster.read(file.getOriginalFilename(), in);
            if (dryRun) {
                var adding = run.previewRoster(CohortId.parse(id), rows);
                return ResponseEntity.ok(new RosterPreview(adding.size(), adding));
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(run.importRoster(CohortId.parse(id), rows,
                    version(version)));
        }
    }

    @PostMapping("/api/training/cohorts/{id}/start")
    @Operation(summary = "Start the cohort")
    CohortDetails start(@PathVariable String id, @RequestBody Versioned request) {
        return run.start(CohortId.parse(id), version(request.version()));
    }

    @PostMapping("/api/training/cohorts/{id}/attendance")
    @Operation(summary = "Mark a trainee present or absent on a day of the cohort")
    ResponseEntity<Void> mark(@PathVariable String id, @RequestBody Mark mark) {
        run.markAttendance(CohortId.parse(id), TraineeId.parse(mark.trainee()), mark.day(),
                Boolean.TRUE.equals(mark.present()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/training/cohorts/{id}/complete")
    @Operation(summary = "Finish the cohort, naming the trainees who completed it")
    CohortDetails complete(@PathVariable String id, @RequestBody Completion completion) {
        Set<TraineeId> completed = completion.completed() == null ? Set.of()
                : completion.completed().stream().map(TraineeId::parse).collect(Collectors.toSet());
        return run.complete(CohortId.parse(id), completed, version(completion.version()));
    }

    @PostMapping("/api/training/cohorts/{id}/certificates")
    @Operation(summary = "Issue the certificates of everyone who completed and has none yet; answers their codes")
    ResponseEntity<List<String>> issue(@PathVariable String id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(run.issueCertificates(CohortId.parse(id)));
    }

    @GetMapping("/api/training/certificates/{code}.pdf")
    @Operation(summary = "A certificate as PDF")
    ResponseEntity<byte[]> certificate(@PathVariable String code) {
        return CertificateDownloads.pdf(code, run.certificateDocument(code));
    }

    @GetMapping("/api/public/certificates/{code}")
    @Operation(summary = "Public: whether a certificate code is genuine and what it certifies (404 when it is not)")
    CertificateVerification verify(@PathVariable String code) {
        return verify.verify(code).orElseThrow(() -> TrainingRejected.notFound("training.certificate.not-genuine"));
    }

    private static long version(Long version) {
        if (version == null) {
            throw TrainingRejected.invalid("training.cohort.version-required");
        }
        return version;
    }
}
