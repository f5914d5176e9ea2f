package org.counterpart.training.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.training.Funding;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.counterpart.training.TrainingRejected;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 培训项目 — a cadre or teacher training programme the commission funds for a partner region: one row of
 * Attachment 1. Changes to its funding and planned trainees are kept as {@link ProgrammeChange}s until recorded.
 */
public final class Programme implements AggregateRoot<Programme, ProgrammeId> {

    public static final int MAX_NAME = 200;
    public static final int MAX_TRAINEES = 100_000;

    private final ProgrammeId id;
    private final int year;
    private final int number;
    private final String name;
    private final RegionCode region;
    private final TrainingMode mode;
    private Funding funding;
    private final String partnerName;
    private int plannedTrainees;
    private final TrainingDuration duration;
    private final UnitCode implementingUnit;
    private final OfficeCode coordinatingOffice;
    private final Integer planTask;
    private final long version;
    private final List<ProgrammeChange> changes = new ArrayList<>();

    public Programme(ProgrammeId id, int year, int number, String name, RegionCode region, TrainingMode mode,
            Funding funding, String partnerName, int plannedTrainees, TrainingDuration duration,
            UnitCode implementingUnit, OfficeCode coordinatingOffice, Integer planTask, long version) {
        this.id = Objects.requireNonNull(id);
        if (year < 2000 || year > 2100) {
            throw TrainingRejected.invalid("training.programme.year-invalid", year);
        }
        if (number < 1) {
            throw TrainingRejected.invalid("training.programme.number-invalid", number);
        }
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw TrainingRejected.invalid("training.programme.name-required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw TrainingRejected.invalid("training.programme.name-too-long", MAX_NAME);
        }
        if (planTask != null && planTask < 1) {
            throw TrainingRejected.invalid("training.programme.plan-task-invalid", planTask);
        }
        requireTrainees(plannedTrainees);
        this.year = year;
        this.number = number;
        this.name = trimmed;
        this.region = Objects.requireNonNull(region, "region");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.funding = Objects.requireNonNull(funding, "funding");
        this.partnerName = partnerName == null || partnerName.isBlank() ? null : partnerName.strip();
        this.plannedTrainees = plannedTrainees;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.implementingUnit = Objects.requireNonNull(implementingUnit, "implementing unit");
        this.coordinatingOffice = Objects.requireNonNull(coordinatingOffice, "coordinating office");
        this.planTask = planTask;
        this.version = version;
    }

    /** Sets new funding and planned trainees, recording what changed. */
    public void revise(Funding newFunding, int newPlannedTrainees) {
        requireTrainees(newPlannedTrainees);
        if (funding.commission().compareTo(newFunding.commission()) != 0) {
            changes.add(new ProgrammeChange("commissionFunding", plain(funding.commission()),
                    plain(newFunding.commission())));
        }
        if (funding.partner().compareTo(newFunding.partner()) != 0) {
            changes.add(new ProgrammeChange("partnerFunding", plain(funding.partner()), plain(newFunding.partner())));
        }
        if (plannedTrainees != newPlannedTrainees) {
            changes.add(new ProgrammeChange("plannedTrainees", String.valueOf(plannedTrainees),
                    String.valueOf(newPlannedTrainees)));
        }
        funding = newFunding;
        plannedTrainees = newPlannedTrainees;
    }

    public List<ProgrammeChange> drainChanges() {
        var drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    private static void requireTrainees(int trainees) {
        if (trainees < 0 || trainees > MAX_TRAINEES) {
            throw TrainingRejected.invalid("training.programme.trainees-invalid", MAX_TRAINEES);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public ProgrammeId getId() {
        return id;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public RegionCode region() {
        return region;
    }

    public TrainingMode mode() {
        return mode;
    }

    public Funding funding() {
        return funding;
    }

    public String partnerName() {
        return partnerName;
    }

    public int plannedTrainees() {
        return plannedTrainees;
    }

    public TrainingDuration duration() {
        return duration;
    }

    public UnitCode implementingUnit() {
        return implementingUnit;
    }

    public OfficeCode coordinatingOffice() {
        return coordinatingOffice;
    }

    public Integer planTask() {
        return planTask;
    }

    public long version() {
        return version;
    }
}
