package org.counterpart.training.domain;

import java.time.Instant;
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

    /** Records that the cohort's roster was shown with this many phone numbers, to whom and when. */
    void recordPhonesShown(CohortId cohort, int phones, String by, String username, Instant at);

    /** The last times the cohort's phone numbers were shown, newest first. */
    List<PhoneReveal> phoneReveals(CohortId cohort, int last);

    /** The roster shown with phone numbers: when, to whom (display name and user name), how many numbers. */
    record PhoneReveal(Instant at, String byName, String username, int phones) {
    }
}
