package org.counterpart.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * 培训 — a year's training programmes in figures: funding planned (the commission's and the partner regions' own, in
 * 万元) and spent, trainees planned, in training and trained, in all and by partner region, training mode and
 * implementing unit.
 */
public record TrainingFigures(TrainingTally total, List<TrainingTally> byRegion, List<TrainingTally> byMode,
        List<TrainingTally> byUnit) {

    public TrainingFigures {
        byRegion = List.copyOf(byRegion);
        byMode = List.copyOf(byMode);
        byUnit = List.copyOf(byUnit);
    }

    /**
     * The programmes of one region, mode or unit ({@code code}: a directory code or a {@code TrainingMode} name;
     * {@code null} for all of them).
     *
     * @param commissionFunding 市教委经费 planned, in 万元
     * @param partnerFunding the partner regions' own funding (自筹) planned, in 万元
     * @param spent spending recorded, in 万元
     * @param plannedTrainees 培训人数 as planned
     * @param inTraining trainees on the rosters of cohorts started and not yet completed
     * @param trained trainees of completed cohorts (CohortCompleted.trained)
     * @param completed trainees who completed (结业)
     * @param certificates completion certificates issued
     * @param overBudget spending entries that went beyond a budget line
     */
    public record TrainingTally(String code, int programmes, BigDecimal commissionFunding, BigDecimal partnerFunding,
            BigDecimal spent, long plannedTrainees, long inTraining, long trained, long completed, long certificates,
            long overBudget) {
    }
}
