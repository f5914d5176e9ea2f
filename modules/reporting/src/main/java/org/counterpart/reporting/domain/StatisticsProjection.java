package org.counterpart.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentsMoved;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.reporting.domain.StatisticsBaseline.CohortOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.EnrolmentProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.MilestoneOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.SubsidiesOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TaskOnRecord;
import org.counterpart.reporting.domain.StatisticsBaseline.TrainingProgrammeOnRecord;
import org.counterpart.reporting.domain.StatisticsFact.CohortFact;
import org.counterpart.reporting.domain.StatisticsFact.EnrolmentFact;
import org.counterpart.reporting.domain.StatisticsFact.Happening;
import org.counterpart.reporting.domain.StatisticsFact.MilestoneFact;
import org.counterpart.reporting.domain.StatisticsFact.SpendingFact;
import org.counterpart.reporting.domain.StatisticsFact.StudentsFact;
import org.counterpart.reporting.domain.StatisticsFact.SubsidyFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskFact;
import org.counterpart.reporting.domain.StatisticsFact.TaskStatusFact;
import org.counterpart.reporting.domain.StatisticsFact.TrainingFact;
import org.counterpart.training.BudgetExceeded;
import org.counterpart.training.CertificateIssued;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.SpendingRecorded;

/** What each event (or baseline) states, as the facts the statistics keep. Pure: no storage, no clock. */
public final class StatisticsProjection {

    private StatisticsProjection() {
    }

    /** The facts the event states; none for an event the statistics do not keep. */
    public static List<StatisticsFact> factsOf(Object event) {
        var facts = new ArrayList<StatisticsFact>();
        if (event instanceof TaskPlanned e) {
            facts.add(new TaskFact(e.task(), e.year(), e.number(), e.regions(), e.leadOffice()));
        } else if (event instanceof TaskStatusChanged e) {
            facts.add(new TaskStatusFact(e.task(), e.year(), e.number(), e.to(), e.at()));
        } else if (event instanceof MilestoneReached e) {
            facts.add(new MilestoneFact(e.milestone(), e.task(), e.year(), e.number(), e.due(), false,
                    e.reachedOn()));
        } else if (event instanceof MilestoneOverdue e) {
            facts.add(new MilestoneFact(e.milestone(), e.task(), e.year(), e.number(), e.due(), true, null));
        } else if (event instanceof ProgrammePlanned e) {
            facts.add(new TrainingFact(e.programme(), e.year(), true, e.region(), e.mode(), e.implementingUnit(),
                    e.commissionFunding(), e.partnerFunding(), e.plannedTrainees()));
        } else if (event instanceof ProgrammeChanged e) {
            facts.add(new TrainingFact(e.programme(), e.year(), false, null, null, null, e.commissionFunding(),
                    e.partnerFunding(), e.plannedTrainees()));
        } else if (event instanceof CohortStarted e) {
            facts.add(new CohortFact(e.cohort(), e.programme(), Happening.STARTED, e.trainees(), 0));
        } else if (event instanceof CohortCompleted e) {
            facts.add(new CohortFact(e.cohort(), e.programme(), Happening.COMPLETED, e.trained(),
                    Math.toIntExact(e.completed())));
        } else if (event instanceof CertificateIssued e) {
            facts.add(new CohortFact(e.cohort(), e.programme(), Happening.CERTIFICATE, 0, 0));
        } else if (event instanceof SpendingRecorded e) {
            facts.add(new SpendingFact(e.programme(), e.amount(), false));
        } else if (event instanceof BudgetExceeded e) {
            // The spending itself came as SpendingRecorded; this only marks it as beyond the line.
            facts.add(new SpendingFact(e.programme(), BigDecimal.ZERO, true));
        } else if (event instanceof EnrolmentProgrammePlanned e) {
            facts.add(new EnrolmentFact(e.programme(), e.academicYear(), true, e.kind(), e.sourceRegion(), e.quota(),
                    e.funding()));
        } else if (event instanceof EnrolmentProgrammeRevised e) {
            facts.add(new EnrolmentFact(e.programme(), e.academicYear(), false, e.kind(), null, e.quota(),
                    e.funding()));
        } else if (event instanceof StudentsMoved e) {
            for (var count : e.regions()) {
                if (e.from() != null) {
                    facts.add(new StudentsFact(e.programme(), e.academicYear(), e.kind(), count.region(), e.from(),
                            -count.students()));
                }
                facts.add(new StudentsFact(e.programme(), e.academicYear(), e.kind(), count.region(), e.to(),
                        count.students()));
            }
        } else if (event instanceof SubsidyGranted e) {
            facts.add(new SubsidyFact(e.programme(), e.academicYear(), e.sourceRegion(), 1, e.amount()));
        } else if (event instanceof StatisticsBaseline baseline) {
            facts.addAll(factsOf(baseline));
        }
        return List.copyOf(facts);
    }

    private static List<StatisticsFact> factsOf(StatisticsBaseline baseline) {
        var facts = new ArrayList<StatisticsFact>();
        if (baseline instanceof TaskOnRecord b) {
            facts.add(new TaskFact(b.task(), b.year(), b.number(), b.regions(), b.leadOffice()));
            facts.add(new TaskStatusFact(b.task(), b.year(), b.number(), b.status(), b.asOf()));
        } else if (baseline instanceof MilestoneOnRecord b) {
            facts.add(new MilestoneFact(b.milestone(), b.task(), b.year(), b.number(), b.due(), b.overdue(),
                    b.reachedOn()));
        } else if (baseline instanceof TrainingProgrammeOnRecord b) {
            facts.add(new TrainingFact(b.programme(), b.year(), true, b.region(), b.mode(), b.unit(),
                    b.commissionFunding(), b.partnerFunding(), b.plannedTrainees()));
            if (b.spent() != null && b.spent().signum() != 0) {
                facts.add(new SpendingFact(b.programme(), b.spent(), false));
            }
        } else if (baseline instanceof CohortOnRecord b) {
            facts.add(new CohortFact(b.cohort(), b.programme(), Happening.STARTED, b.trainees(), 0));
            if (b.completedCohort()) {
                facts.add(new CohortFact(b.cohort(), b.programme(), Happening.COMPLETED, b.trainees(), b.completed()));
            }
        } else if (baseline instanceof EnrolmentProgrammeOnRecord b) {
            facts.add(new EnrolmentFact(b.programme(), b.year(), true, b.kind(), b.region(), b.quota(), b.funding()));
            addStudents(facts, b, StudentStage.AWAITING_APPROVAL, b.awaiting());
            addStudents(facts, b, StudentStage.ADMITTED, b.admitted());
            addStudents(facts, b, StudentStage.ENROLLED, b.enrolled());
            addStudents(facts, b, StudentStage.GRADUATED, b.graduated());
            addStudents(facts, b, StudentStage.WITHDRAWN, b.withdrawn());
        } else if (baseline instanceof SubsidiesOnRecord b) {
            facts.add(new SubsidyFact(null, b.year(), b.region(), b.grants(), b.amount()));
        }
        return facts;
    }

    private static void addStudents(List<StatisticsFact> facts, EnrolmentProgrammeOnRecord b, StudentStage stage,
            int students) {
        if (students != 0) {
            facts.add(new StudentsFact(b.programme(), b.year(), b.kind(), b.region(), stage, students));
        }
    }
}
