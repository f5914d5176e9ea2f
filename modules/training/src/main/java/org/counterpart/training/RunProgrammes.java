package org.counterpart.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Running a programme — the implementing unit's work (and the commission office's): cohorts, their rosters,
 * attendance, completion and certificates.
 */
@PrimaryPort
public interface RunProgrammes {

    List<CohortSummary> cohorts(ProgrammeId programme);

    Optional<CohortDetails> cohort(CohortId cohort);

    CohortDetails planCohort(ProgrammeId programme, String name, LocalDate start, LocalDate end, String place);

    CohortDetails enrol(CohortId cohort, List<TraineeDetails> trainees, long seenVersion);

    /**
     * Who importing these roster rows would add to the cohort, without changing anything.
     *
     * @throws RosterImportRejected listing every wrong row by its line
     */
    List<TraineeDetails> previewRoster(CohortId cohort, List<RosterRow> rows);

    /** Adds every row to the roster — all of them or, on any wrong row, none. */
    CohortDetails importRoster(CohortId cohort, List<RosterRow> rows, long seenVersion);

    CohortDetails start(CohortId cohort, long seenVersion);

    void markAttendance(CohortId cohort, TraineeId trainee, LocalDate day, boolean present);

    CohortDetails complete(CohortId cohort, Set<TraineeId> completed, long seenVersion);

    /** Issues the certificates of every trainee who completed the cohort and has none yet; returns their codes. */
    List<String> issueCertificates(CohortId cohort);

    /** The certificate as a PDF, for whoever may see the cohort's roster. */
    byte[] certificateDocument(String code);
}
