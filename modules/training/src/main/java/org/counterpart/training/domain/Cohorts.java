package org.counterpart.training.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TraineeId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where cohorts, their rosters, attendance and certificates are kept. */
@SecondaryPort
public interface Cohorts {

    List<Cohort> ofProgramme(ProgrammeId programme);

    Optional<Cohort> byId(CohortId id);

    void add(Cohort cohort);

    /** Saves the cohort and its roster if nobody saved it meanwhile (else CONFLICT). */
    void update(Cohort cohort);

    void mark(TraineeId trainee, LocalDate day, boolean present);

    /** Attendance of a cohort's trainees: trainee → day → present. */
    Map<TraineeId, Map<LocalDate, Boolean>> attendance(CohortId cohort);

    void issue(Certificate certificate);

    Optional<Certificate> certificate(String code);

    List<Certificate> certificatesOf(CohortId cohort);
}
