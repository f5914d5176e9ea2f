package org.counterpart.training.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStatus;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TraineeId;
import org.counterpart.training.TrainingRejected;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 班次 — one run of a programme: when (start and end day), where, and its roster. It is planned, then started,
 * then completed, naming who completed it; the roster can change until it is completed.
 */
public final class Cohort implements AggregateRoot<Cohort, CohortId> {

    public static final int MAX_NAME = 100;
    public static final int MAX_PLACE = 100;
    public static final int MAX_TRAINEES = 1000;

    private final CohortId id;
    private final ProgrammeId programme;
    private final String name;
    private final LocalDate start;
    private final LocalDate end;
    private final String place;
    private CohortStatus status;
    private final List<Trainee> roster;
    private final long version;

    public Cohort(CohortId id, ProgrammeId programme, String name, LocalDate start, LocalDate end, String place,
            CohortStatus status, List<Trainee> roster, long version) {
        this.id = Objects.requireNonNull(id);
        this.programme = Objects.requireNonNull(programme);
        this.name = text(name, MAX_NAME, "training.cohort.name-required", "training.cohort.name-too-long");
        this.place = text(place, MAX_PLACE, "training.cohort.place-required", "training.cohort.place-too-long");
        if (start == null || end == null) {
            throw TrainingRejected.invalid("training.cohort.dates-required");
        }
        if (end.isBefore(start)) {
            throw TrainingRejected.invalid("training.cohort.ends-before-start", start, end);
        }
        this.start = start;
        this.end = end;
        this.status = Objects.requireNonNull(status);
        this.roster = new ArrayList<>(roster);
        this.version = version;
    }

    public static Cohort plan(ProgrammeId programme, String name, LocalDate start, LocalDate end, String place) {
        return new Cohort(CohortId.next(), programme, name, start, end, place, CohortStatus.PLANNED, List.of(), 0);
    }

    public Trainee enrol(TraineeDetails details) {
        requireOpen();
        if (roster.size() >= MAX_TRAINEES) {
            throw TrainingRejected.invalid("training.cohort.roster-full", MAX_TRAINEES);
        }
        var trainee = new Trainee(TraineeId.next(), details, false);
        roster.add(trainee);
        return trainee;
    }

    public void start() {
        if (status != CohortStatus.PLANNED) {
            throw TrainingRejected.invalid("training.cohort.already-started");
        }
        if (roster.isEmpty()) {
            throw TrainingRejected.invalid("training.cohort.roster-empty");
        }
        status = CohortStatus.STARTED;
    }

    /** Finishes the cohort: the named trainees completed it, the others did not. */
    public void complete(Set<TraineeId> completed) {
        if (status != CohortStatus.STARTED) {
            throw TrainingRejected.invalid("training.cohort.not-started");
        }
        for (var id : completed) {
            if (roster.stream().noneMatch(t -> t.id().equals(id))) {
                throw TrainingRejected.notFound("training.trainee.not-found");
            }
        }
        roster.replaceAll(t -> t.withCompleted(completed.contains(t.id())));
        status = CohortStatus.COMPLETED;
    }

    /** Whether a day is one the cohort runs on, so that attendance can be taken for it. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public Trainee trainee(TraineeId trainee) {
        return roster.stream().filter(t -> t.id().equals(trainee)).findFirst()
                .orElseThrow(() -> TrainingRejected.notFound("training.trainee.not-found"));
    }

    private void requireOpen() {
        if (status == CohortStatus.COMPLETED) {
            throw TrainingRejected.invalid("training.cohort.closed");
        }
    }

    private static String text(String value, int max, String requiredKey, String tooLongKey) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw TrainingRejected.invalid(requiredKey);
        }
        if (text.length() > max) {
            throw TrainingRejected.invalid(tooLongKey, max);
        }
        return text;
    }

    @Override
    public CohortId getId() {
        return id;
    }

    public ProgrammeId programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return start;
    }

    public LocalDate endsOn() {
        return end;
    }

    public String place() {
        return place;
    }

    public CohortStatus status() {
        return status;
    }

    public List<Trainee> roster() {
        return List.copyOf(roster);
    }

    public long completedCount() {
        return roster.stream().filter(Trainee::completed).count();
    }

    public long version() {
        return version;
    }
}
