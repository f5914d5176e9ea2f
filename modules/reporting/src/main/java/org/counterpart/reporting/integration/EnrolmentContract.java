package org.counterpart.reporting.integration;

import java.util.List;
import java.util.UUID;

import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentsMoved;

/**
 * The enrolment module's values as the contract names them; a new domain value fails the build until it is mapped.
 * Also the one data shape the eight {@code students-*} types share: counts by source region, never who.
 */
final class EnrolmentContract {

    private EnrolmentContract() {
    }

    /** How many students of one source region moved. */
    record RegionCount(String region, int students) {
    }

    /** The data of every {@code org.counterpart.enrolment.students-*.v1} type. */
    record StudentsMovedData(UUID programmeId, int academicYear, String kind, String from, String to, int students,
            List<RegionCount> regions) {
    }

    static StudentsMovedData moved(StudentsMoved event) {
        return new StudentsMovedData(event.programme().value(), event.academicYear(), kind(event.kind()),
                event.from() == null ? null : stage(event.from()), stage(event.to()), event.students(),
                event.regions().stream().map(r -> new RegionCount(r.region().value(), r.students())).toList());
    }

    static String kind(ProgrammeKind kind) {
        return switch (kind) {
            case TIBET_JUNIOR_CLASS -> "TIBET_JUNIOR_CLASS";
            case TIBET_SENIOR_CLASS -> "TIBET_SENIOR_CLASS";
            case XINJIANG_SENIOR_CLASS -> "XINJIANG_SENIOR_CLASS";
            case XINJIANG_VOCATIONAL_CLASS -> "XINJIANG_VOCATIONAL_CLASS";
            case TIBET_VOCATIONAL_CLASS -> "TIBET_VOCATIONAL_CLASS";
            case GOLOG_VOCATIONAL_CLASS -> "GOLOG_VOCATIONAL_CLASS";
            case DIANXI_GUARANTEED_ENROLMENT -> "DIANXI_GUARANTEED_ENROLMENT";
            case KASHGAR_TARGETED_ENROLMENT -> "KASHGAR_TARGETED_ENROLMENT";
            case JOINT_VOCATIONAL_SCHOOLING -> "JOINT_VOCATIONAL_SCHOOLING";
            case TIBET_SPECIAL_RECRUITMENT -> "TIBET_SPECIAL_RECRUITMENT";
            case XINJIANG_GRADUATE_EMPLOYMENT -> "XINJIANG_GRADUATE_EMPLOYMENT";
            case TIBET_GRADUATE_EMPLOYMENT -> "TIBET_GRADUATE_EMPLOYMENT";
        };
    }

    static String stage(StudentStage stage) {
        return switch (stage) {
            case AWAITING_APPROVAL -> "AWAITING_APPROVAL";
            case ADMITTED -> "ADMITTED";
            case ENROLLED -> "ENROLLED";
            case GRADUATED -> "GRADUATED";
            case EMPLOYED_IN_SHANGHAI -> "EMPLOYED_IN_SHANGHAI";
            case EMPLOYED_IN_PARTNER_REGION -> "EMPLOYED_IN_PARTNER_REGION";
            case RETURNED_HOME -> "RETURNED_HOME";
            case FURTHER_STUDY -> "FURTHER_STUDY";
            case WITHDRAWN -> "WITHDRAWN";
        };
    }
}
