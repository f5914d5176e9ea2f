package org.counterpart.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.counterpart.enrolment.StudentsAdmitted;
import org.counterpart.enrolment.StudentsAwaitingApproval;
import org.counterpart.enrolment.StudentsContinuedStudies;
import org.counterpart.enrolment.StudentsEmployed;
import org.counterpart.enrolment.StudentsEnrolled;
import org.counterpart.enrolment.StudentsGraduated;
import org.counterpart.enrolment.StudentsMoved;
import org.counterpart.enrolment.StudentsReturned;
import org.counterpart.enrolment.StudentsWithdrawn;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.MilestoneReached;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.planning.TaskStatusChanged;
import org.counterpart.training.BudgetExceeded;
import org.counterpart.training.CertificateIssued;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.SpendingRecorded;

/**
 * The events the statistics are kept from, under the names the event log stores them by, and what makes each one
 * the same event when it is delivered again.
 *
 * <p>An event that names what it is about once and for all — a task planned, a cohort completed, a subsidy granted,
 * a milestone overdue — has a <em>natural identity</em>: its log id is derived from it, so a second delivery finds
 * the id logged and changes nothing. Two kinds of event state a new figure rather than a change:
 * {@link ProgrammeChanged} and {@link EnrolmentProgrammeRevised} ("what the funding is now"); applying one twice
 * gives the same figures, and a change back to an earlier figure must not pass for a repetition, so each receipt is
 * logged. {@link SpendingRecorded} and {@link StudentsMoved} name their spending entry and movement: two students of
 * one region admitted one after the other are two movements, one movement delivered twice is one. (Events logged
 * before they carried these ids — {@code null} when read back — were logged afresh on each receipt, as then.)
 */
public final class StatisticsEvents {

    /** The module each event comes from, and baselines (taken by the statistics themselves). */
    public enum Source {
        PLANNING, TRAINING, ENROLMENT
    }

    /**
     * What the ids of the statistics' event listeners start with: the event publication registry knows a listener's
     * publications by its id, so these are fixed rather than derived from class and method names.
     */
    public static final String LISTENER_PREFIX = "reporting.statistics.";

    /** The executor the statistics' listeners run on, apart from the application's shared pool. */
    public static final String LISTENER_EXECUTOR = "reportingStatisticsExecutor";

    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("planning.TaskPlanned", TaskPlanned.class);
        TYPES.put("planning.TaskStatusChanged", TaskStatusChanged.class);
        TYPES.put("planning.MilestoneReached", MilestoneReached.class);
        TYPES.put("planning.MilestoneOverdue", MilestoneOverdue.class);
        TYPES.put("training.ProgrammePlanned", ProgrammePlanned.class);
        TYPES.put("training.ProgrammeChanged", ProgrammeChanged.class);
        TYPES.put("training.CohortStarted", CohortStarted.class);
        TYPES.put("training.CohortCompleted", CohortCompleted.class);
        TYPES.put("training.CertificateIssued", CertificateIssued.class);
        TYPES.put("training.SpendingRecorded", SpendingRecorded.class);
        TYPES.put("training.BudgetExceeded", BudgetExceeded.class);
        TYPES.put("enrolment.EnrolmentProgrammePlanned", EnrolmentProgrammePlanned.class);
        TYPES.put("enrolment.EnrolmentProgrammeRevised", EnrolmentProgrammeRevised.class);
        TYPES.put("enrolment.StudentsAwaitingApproval", StudentsAwaitingApproval.class);
        TYPES.put("enrolment.StudentsAdmitted", StudentsAdmitted.class);
        TYPES.put("enrolment.StudentsEnrolled", StudentsEnrolled.class);
        TYPES.put("enrolment.StudentsGraduated", StudentsGraduated.class);
        TYPES.put("enrolment.StudentsEmployed", StudentsEmployed.class);
        TYPES.put("enrolment.StudentsReturned", StudentsReturned.class);
        TYPES.put("enrolment.StudentsContinuedStudies", StudentsContinuedStudies.class);
        TYPES.put("enrolment.StudentsWithdrawn", StudentsWithdrawn.class);
        TYPES.put("enrolment.SubsidyGranted", SubsidyGranted.class);
        StatisticsBaseline.TYPES.forEach(TYPES::put);
    }

    private StatisticsEvents() {
    }

    /** The name the log stores an event of this class under; empty for an event the statistics do not keep. */
    public static Optional<String> typeOf(Object event) {
        return TYPES.entrySet().stream().filter(e -> e.getValue() == event.getClass()).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The class of a logged type; empty for a type no longer known (it is then skipped on replay). */
    public static Optional<Class<?>> classOf(String type) {
        return Optional.ofNullable(TYPES.get(type));
    }

    /** Whether the statistics keep this event. */
    public static boolean isKept(Object event) {
        return typeOf(event).isPresent();
    }

    /**
     * The id the event is logged under when it has a natural identity, the same for every delivery of it; empty for
     * an event logged afresh on each receipt.
     */
    public static Optional<UUID> naturalId(Object event) {
        return naturalKey(event).map(k -> UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> naturalKey(Object event) {
        String key = null;
        if (event instanceof TaskPlanned e) {
            key = "TaskPlanned|" + e.task();
        } else if (event instanceof TaskStatusChanged e) {
            key = "TaskStatusChanged|" + e.task() + "|" + e.from() + "|" + e.to() + "|" + e.at();
        } else if (event instanceof MilestoneReached e) {
            key = "MilestoneReached|" + e.milestone() + "|" + e.reachedOn();
        } else if (event instanceof MilestoneOverdue e) {
            key = "MilestoneOverdue|" + e.milestone() + "|" + e.due();
        } else if (event instanceof ProgrammePlanned e) {
            key = "ProgrammePlanned|" + e.programme();
        } else if (event instanceof CohortStarted e) {
            key = "CohortStarted|" + e.cohort();
        } else if (event instanceof CohortCompleted e) {
            key = "CohortCompleted|" + e.cohort();
        } else if (event instanceof CertificateIssued e) {
            key = "CertificateIssued|" + e.code();
        } else if (event instanceof BudgetExceeded e) {
            key = "BudgetExceeded|" + e.programme() + "|" + e.category() + "|"
                    + e.spent().stripTrailingZeros().toPlainString();
        } else if (event instanceof EnrolmentProgrammePlanned e) {
            key = "EnrolmentProgrammePlanned|" + e.programme();
        } else if (event instanceof SubsidyGranted e) {
            key = "SubsidyGranted|" + e.subsidy().value();
        } else if (event instanceof SpendingRecorded e && e.spending() != null) {
            key = "SpendingRecorded|" + e.spending();
        } else if (event instanceof StudentsMoved e && e.movement() != null) {
            key = "StudentsMoved|" + e.movement();
        } else if (event instanceof StatisticsBaseline baseline) {
            key = "Baseline|" + baseline.identity();
        }
        return Optional.ofNullable(key);
    }

    /** The module the event comes from. */
    public static Source sourceOf(Object event) {
        if (event instanceof StatisticsBaseline baseline) {
            return baseline.source();
        }
        var name = event.getClass().getPackageName();
        return name.endsWith(".planning") ? Source.PLANNING
                : name.endsWith(".training") ? Source.TRAINING : Source.ENROLMENT;
    }

    /** The year the event is about, where it says (cohorts, spending and certificates name only their programme). */
    public static Optional<Integer> yearOf(Object event) {
        Integer year = null;
        if (event instanceof TaskPlanned e) {
            year = e.year();
        } else if (event instanceof TaskStatusChanged e) {
            year = e.year();
        } else if (event instanceof MilestoneReached e) {
            year = e.year();
        } else if (event instanceof MilestoneOverdue e) {
            year = e.year();
        } else if (event instanceof ProgrammePlanned e) {
            year = e.year();
        } else if (event instanceof ProgrammeChanged e) {
            year = e.year();
        } else if (event instanceof EnrolmentProgrammePlanned e) {
            year = e.academicYear();
        } else if (event instanceof EnrolmentProgrammeRevised e) {
            year = e.academicYear();
        } else if (event instanceof StudentsMoved e) {
            year = e.academicYear();
        } else if (event instanceof SubsidyGranted e) {
            year = e.academicYear();
        } else if (event instanceof StatisticsBaseline baseline) {
            year = baseline.year();
        }
        return Optional.ofNullable(year);
    }
}
