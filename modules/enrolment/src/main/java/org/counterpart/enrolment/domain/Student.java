package org.counterpart.enrolment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentStage;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 学生 — a student of an enrolment programme, hosted by one Shanghai school, moving through the stages the
 * {@link StudentStage} machine allows. The national ID number is held only protected; every stage change is kept
 * until recorded.
 */
public final class Student implements AggregateRoot<Student, StudentId> {

    public static final int MAX_NAME = 50;
    public static final int MAX_ETHNICITY = 20;
    public static final int MAX_COUNTY = 50;
    public static final int MAX_MAJOR = 60;
    public static final int MAX_REASON = 200;

    private final StudentId id;
    private final EnrolmentProgrammeId programme;
    private final String name;
    private final Gender gender;
    private final String ethnicity;
    private final ProtectedNationalId nationalId;
    private final RegionCode sourceRegion;
    private final String county;
    private final boolean poverty;
    private final UnitCode hostSchool;
    private final String major;
    private final int cohortYear;
    private StudentStage stage;
    private String withdrawalReason;
    private final boolean overQuota;
    private final long version;
    private final List<RecordedChange> changes = new ArrayList<>();

    public Student(StudentId id, EnrolmentProgrammeId programme, String name, Gender gender, String ethnicity,
            ProtectedNationalId nationalId, RegionCode sourceRegion, String county, boolean poverty,
            UnitCode hostSchool, String major, int cohortYear, StudentStage stage, String withdrawalReason,
            boolean overQuota, long version) {
        this.id = Objects.requireNonNull(id);
        this.programme = Objects.requireNonNull(programme);
        this.name = required(name, MAX_NAME, "enrolment.student.name-required", "enrolment.student.name-too-long");
        if (gender == null) {
            throw EnrolmentRejected.invalid("enrolment.student.gender-required");
        }
        this.gender = gender;
        this.ethnicity = required(ethnicity, MAX_ETHNICITY, "enrolment.student.ethnicity-required",
                "enrolment.student.ethnicity-too-long");
        this.nationalId = Objects.requireNonNull(nationalId);
        if (sourceRegion == null) {
            throw EnrolmentRejected.invalid("enrolment.student.region-required");
        }
        this.sourceRegion = sourceRegion;
        this.county = optional(county, MAX_COUNTY, "enrolment.student.county-too-long");
        this.poverty = poverty;
        if (hostSchool == null) {
            throw EnrolmentRejected.invalid("enrolment.student.school-required");
        }
        this.hostSchool = hostSchool;
        this.major = optional(major, MAX_MAJOR, "enrolment.student.major-too-long");
        if (cohortYear < 2000 || cohortYear > 2100) {
            throw EnrolmentRejected.invalid("enrolment.student.cohort-year-invalid", cohortYear);
        }
        this.cohortYear = cohortYear;
        this.stage = Objects.requireNonNull(stage);
        this.withdrawalReason = withdrawalReason;
        this.overQuota = overQuota;
        this.version = version;
    }

    /**
     * Moves the student on, as the stage machine allows; a withdrawal needs a reason. Approving an admission beyond
     * the quota is the move from {@link StudentStage#AWAITING_APPROVAL} to {@link StudentStage#ADMITTED}.
     */
    public void moveTo(StudentStage target, String reason) {
        if (target == null) {
            throw EnrolmentRejected.invalid("enrolment.stage.required");
        }
        if (!stage.mayMoveTo(target)) {
            throw EnrolmentRejected.invalid("enrolment.stage.not-allowed", stage, target);
        }
        if (target == StudentStage.WITHDRAWN) {
            withdrawalReason = required(reason, MAX_REASON, "enrolment.student.reason-required",
                    "enrolment.student.reason-too-long");
        }
        changes.add(new RecordedChange("stage", stage.name(), target.name()));
        if (target == StudentStage.WITHDRAWN) {
            changes.add(new RecordedChange("withdrawalReason", null, withdrawalReason));
        }
        stage = target;
    }

    public List<RecordedChange> drainChanges() {
        var drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    private static String required(String text, int max, String missingKey, String tooLongKey) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw EnrolmentRejected.invalid(missingKey);
        }
        if (value.length() > max) {
            throw EnrolmentRejected.invalid(tooLongKey, max);
        }
        return value;
    }

    private static String optional(String text, int max, String tooLongKey) {
        var value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw EnrolmentRejected.invalid(tooLongKey, max);
        }
        return value.isEmpty() ? null : value;
    }

    @Override
    public StudentId getId() {
        return id;
    }

    public EnrolmentProgrammeId programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public String ethnicity() {
        return ethnicity;
    }

    public ProtectedNationalId nationalId() {
        return nationalId;
    }

    public RegionCode sourceRegion() {
        return sourceRegion;
    }

    public String county() {
        return county;
    }

    public boolean poverty() {
        return poverty;
    }

    public UnitCode hostSchool() {
        return hostSchool;
    }

    public String major() {
        return major;
    }

    public int cohortYear() {
        return cohortYear;
    }

    public StudentStage stage() {
        return stage;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public boolean overQuota() {
        return overQuota;
    }

    public long version() {
        return version;
    }
}
