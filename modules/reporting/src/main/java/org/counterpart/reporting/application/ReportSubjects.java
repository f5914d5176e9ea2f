package org.counterpart.reporting.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.planning.PlanQueries;
import org.counterpart.planning.TaskQuery;
import org.counterpart.planning.TaskRef;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.ReportSubjectOption;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.springframework.stereotype.Component;

/**
 * The tasks and programmes reports concern, read through the planning, training and enrolment modules' published
 * queries (never their tables): whether one exists, its name and year. A report keeps the name it had when written.
 */
@Component
class ReportSubjects {

    /** A subject that exists: its name and the year it belongs to. */
    record Resolved(ReportSubject subject, String label, int year) {
    }

    private final PlanQueries plans;
    private final ProgrammeQueries training;
    private final EnrolmentProgrammeQueries enrolment;

    ReportSubjects(PlanQueries plans, ProgrammeQueries training, EnrolmentProgrammeQueries enrolment) {
        this.plans = plans;
        this.training = training;
        this.enrolment = enrolment;
    }

    /** The subject's name and year; a subject that is not there is refused. */
    Resolved resolve(ReportSubject subject) {
        return find(subject).orElseThrow(() -> ReportRejected.invalid("reporting.report.subject-unknown",
                subject.key()));
    }

    Optional<Resolved> find(ReportSubject subject) {
        return switch (subject.type()) {
            case TASK -> plans.task(new TaskRef(subject.taskYear(), subject.taskNumber()))
                    .map(t -> new Resolved(subject, t.task().name(), t.task().year()));
            case TRAINING_PROGRAMME -> training.programme(new ProgrammeId(subject.programme()))
                    .map(p -> new Resolved(subject, p.programme().name(), p.programme().year()));
            case ENROLMENT_PROGRAMME -> enrolment.programme(new EnrolmentProgrammeId(subject.programme()))
                    .map(p -> new Resolved(subject, p.programme().name(), p.programme().academicYear()));
        };
    }

    /** What reports of a year may concern: its plan's tasks, then its training and enrolment programmes. */
    List<ReportSubjectOption> options(int year) {
        var options = new ArrayList<ReportSubjectOption>();
        if (plans.plan(year).isPresent()) {
            plans.tasks(new TaskQuery(year, null, null, null, null, false, null, TaskQuery.Sort.NUMBER, null, 0,
                    TaskQuery.MAX_PAGE_SIZE)).items().forEach(t -> options.add(new ReportSubjectOption(
                            ReportSubject.task(t.year(), t.number()), t.name())));
        }
        if (training.years().contains(year)) {
            training.programmes(new ProgrammeQuery(year, null, null, null, 0, ProgrammeQuery.MAX_PAGE_SIZE)).items()
                    .forEach(p -> options.add(new ReportSubjectOption(ReportSubject.trainingProgramme(p.id().value()),
                            p.name())));
        }
        if (enrolment.years().contains(year)) {
            enrolment.programmes(new EnrolmentProgrammeQuery(year, null, null, null, 0,
                    EnrolmentProgrammeQuery.MAX_PAGE_SIZE)).items()
                    .forEach(p -> options.add(new ReportSubjectOption(
                            ReportSubject.enrolmentProgramme(p.id().value()), p.name())));
        }
        return options;
    }
}
