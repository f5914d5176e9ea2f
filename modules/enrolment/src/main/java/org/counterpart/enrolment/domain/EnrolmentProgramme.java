package org.counterpart.enrolment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaLine;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 招生项目 — one enrolment programme of an academic year: the kind, the region its students come from, the task it
 * serves, the office that coordinates it, its funding in 万元 and its quota (招生计划) per host school and, where the
 * schools plan by major, per major. Changes to funding and quota are kept until recorded.
 */
public final class EnrolmentProgramme implements AggregateRoot<EnrolmentProgramme, EnrolmentProgrammeId> {

    public static final int MAX_NAME = 100;
    public static final BigDecimal MAX_FUNDING = new BigDecimal("100000");

    private final EnrolmentProgrammeId id;
    private final int academicYear;
    private final ProgrammeKind kind;
    private final String name;
    private final RegionCode sourceRegion;
    private final Integer planTask;
    private final OfficeCode coordinatingOffice;
    private BigDecimal funding;
    private List<QuotaLine> quotas;
    private final long version;
    private final List<RecordedChange> changes = new ArrayList<>();

    public EnrolmentProgramme(EnrolmentProgrammeId id, int academicYear, ProgrammeKind kind, String name,
            RegionCode sourceRegion, Integer planTask, OfficeCode coordinatingOffice, BigDecimal funding,
            List<QuotaLine> quotas, long version) {
        this.id = Objects.requireNonNull(id);
        if (academicYear < 2000 || academicYear > 2100) {
            throw EnrolmentRejected.invalid("enrolment.programme.year-invalid", academicYear);
        }
        if (kind == null) {
            throw EnrolmentRejected.invalid("enrolment.kind.required");
        }
        var trimmed = name == null || name.isBlank() ? kind.nameZh() : name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw EnrolmentRejected.invalid("enrolment.programme.name-too-long", MAX_NAME);
        }
        if (planTask != null && planTask < 1) {
            throw EnrolmentRejected.invalid("enrolment.programme.plan-task-invalid", planTask);
        }
        this.academicYear = academicYear;
        this.kind = kind;
        this.name = trimmed;
        this.sourceRegion = sourceRegion == null ? kind.usualRegion() : sourceRegion;
        this.planTask = planTask == null ? kind.planTask() : planTask;
        this.coordinatingOffice = coordinatingOffice == null ? kind.coordinatingOffice() : coordinatingOffice;
        this.funding = requireFunding(funding);
        this.quotas = requireQuotas(quotas);
        this.version = version;
    }

    /** Sets new funding and quota lines, recording what changed. Seats already taken are checked by the caller. */
    public void revise(BigDecimal newFunding, List<QuotaLine> newQuotas) {
        var checkedFunding = requireFunding(newFunding);
        var checkedQuotas = requireQuotas(newQuotas);
        if (funding.compareTo(checkedFunding) != 0) {
            changes.add(new RecordedChange("funding", plain(funding), plain(checkedFunding)));
        }
        if (!describe(quotas).equals(describe(checkedQuotas))) {
            changes.add(new RecordedChange("quota", describe(quotas), describe(checkedQuotas)));
        }
        funding = checkedFunding;
        quotas = checkedQuotas;
    }

    public List<RecordedChange> drainChanges() {
        var drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    /** The quota line a student of that school and major takes a seat of. */
    public Optional<QuotaLine> lineFor(UnitCode school, String major) {
        return quotas.stream().filter(l -> l.covers(school, major)).findFirst();
    }

    public boolean hosts(UnitCode school) {
        return quotas.stream().anyMatch(l -> l.hostSchool().equals(school));
    }

    /** Whether the school plans this programme by major (then every student needs one of its majors). */
    public boolean plansByMajor(UnitCode school) {
        return quotas.stream().anyMatch(l -> l.hostSchool().equals(school) && l.major() != null);
    }

    public int quota() {
        return quotas.stream().mapToInt(QuotaLine::seats).sum();
    }

    private static BigDecimal requireFunding(BigDecimal amount) {
        var value = amount == null ? BigDecimal.ZERO : amount;
        if (value.signum() < 0 || value.compareTo(MAX_FUNDING) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw EnrolmentRejected.invalid("enrolment.programme.funding-invalid", MAX_FUNDING.toPlainString());
        }
        return value.setScale(2);
    }

    private static List<QuotaLine> requireQuotas(List<QuotaLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.quota.required");
        }
        var seen = new HashSet<String>();
        for (var line : lines) {
            if (!seen.add(line.hostSchool().value() + "\u0000" + line.major())) {
                throw EnrolmentRejected.invalid("enrolment.quota.duplicate", line.hostSchool(),
                        line.major() == null ? "" : line.major());
            }
        }
        // A school plans either as a whole or by major: a whole-school line beside major lines would count twice.
        for (var line : lines) {
            if (line.major() == null && lines.stream()
                    .anyMatch(l -> l.hostSchool().equals(line.hostSchool()) && l.major() != null)) {
                throw EnrolmentRejected.invalid("enrolment.quota.mixed", line.hostSchool());
            }
        }
        return List.copyOf(lines);
    }

    private static String describe(List<QuotaLine> lines) {
        return lines.stream().map(l -> l.hostSchool().value() + (l.major() == null ? "" : "/" + l.major()) + ":"
                + l.seats()).collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public EnrolmentProgrammeId getId() {
        return id;
    }

    public int academicYear() {
        return academicYear;
    }

    public ProgrammeKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public RegionCode sourceRegion() {
        return sourceRegion;
    }

    public Integer planTask() {
        return planTask;
    }

    public OfficeCode coordinatingOffice() {
        return coordinatingOffice;
    }

    public BigDecimal funding() {
        return funding;
    }

    public List<QuotaLine> quotas() {
        return quotas;
    }

    public long version() {
        return version;
    }
}
