package org.counterpart.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.StudentStage;

/**
 * 招生 — a year's enrolment programmes in figures: seats planned and filled, students by stage (counted by their
 * source region, never who), funding (万元) and poverty subsidies granted (元).
 *
 * @param quota seats planned over the programmes
 * @param funding the programmes' funding in 万元
 * @param students the students of all programmes by stage
 * @param byProgramme each programme with its seats and students
 * @param byRegion the students by their source region (grouped by partner region)
 * @param subsidies 贫困生经费补助 granted, in all
 * @param subsidiesByRegion 贫困生经费补助 granted, by the students' source region
 */
public record EnrolmentFigures(long quota, BigDecimal funding, StageTally students, List<ProgrammeTally> byProgramme,
        List<StageTally> byRegion, SubsidyTally subsidies, List<SubsidyTally> subsidiesByRegion) {

    public EnrolmentFigures {
        byProgramme = List.copyOf(byProgramme);
        byRegion = List.copyOf(byRegion);
        subsidiesByRegion = List.copyOf(subsidiesByRegion);
    }

    /**
     * One programme: its kind and source region, seats and funding, students by stage.
     *
     * @param filled students holding a seat (every stage but awaiting approval and withdrawn)
     */
    public record ProgrammeTally(EnrolmentProgrammeId programme, ProgrammeKind kind, String region, int quota,
            BigDecimal funding, Map<StudentStage, Long> byStage, long filled) {

        public ProgrammeTally {
            byStage = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStage));
        }
    }

    /**
     * Students by stage, of one source region ({@code code}) or of all ({@code null}).
     *
     * @param students every student counted, in any stage
     * @param filled students holding a seat
     */
    public record StageTally(String code, Map<StudentStage, Long> byStage, long students, long filled) {

        public StageTally {
            byStage = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStage));
        }
    }

    /** Subsidies granted to students of one source region ({@code code}) or of all ({@code null}), in 元. */
    public record SubsidyTally(String code, long grants, BigDecimal amount) {
    }
}
