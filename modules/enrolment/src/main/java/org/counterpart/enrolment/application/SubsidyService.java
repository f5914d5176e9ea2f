package org.counterpart.enrolment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.counterpart.directory.CurrentUser;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.GrantSubsidies;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.SubsidyGranted;
import org.counterpart.enrolment.SubsidyView;
import org.counterpart.enrolment.Term;
import org.counterpart.enrolment.domain.EnrolmentPermissions;
import org.counterpart.enrolment.domain.EnrolmentProgrammes;
import org.counterpart.enrolment.domain.EnrolmentRecords;
import org.counterpart.enrolment.domain.RecordedChange;
import org.counterpart.enrolment.domain.Students;
import org.counterpart.enrolment.domain.Subsidies;
import org.counterpart.enrolment.domain.Subsidy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Granting 贫困生经费补助, once per student and term, recorded on the student and told to the other modules. */
@Service
class SubsidyService implements GrantSubsidies {

    private final Students students;
    private final EnrolmentProgrammes programmes;
    private final Subsidies subsidies;
    private final EnrolmentRecords records;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubsidyService(Students students, EnrolmentProgrammes programmes, Subsidies subsidies, EnrolmentRecords records,
            CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.students = students;
        this.programmes = programmes;
        this.subsidies = subsidies;
        this.records = records;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public SubsidyView grant(StudentId id, Term term, BigDecimal amount, String purpose) {
        var user = currentUser.get();
        var student = students.byId(id).orElseThrow(() -> EnrolmentRejected.notFound("enrolment.student.not-found"));
        var programme = programmes.byId(student.programme()).orElseThrow();
        if (user.isPresent()) {
            if (!EnrolmentPermissions.mayReadStudentsOf(user.get(), student.hostSchool())) {
                throw EnrolmentRejected.forbidden("enrolment.student.forbidden.read");
            }
            if (!EnrolmentPermissions.mayGrant(user.get(), programme, student)) {
                throw EnrolmentRejected.forbidden("enrolment.subsidy.forbidden");
            }
        }
        var by = user.map(u -> u.displayName()).orElse(EnrolmentProgrammeService.SYSTEM);
        var at = clock.instant();
        var granted = subsidies.ofStudent(id).stream().map(Subsidy::term).toList();
        var subsidy = Subsidy.grant(student, term, amount, purpose, granted, by, at);
        subsidies.add(subsidy, programme.getId());
        records.recordChanges(programme.getId(), id.toString(), List.of(new RecordedChange("subsidy", null,
                term.code() + " · " + subsidy.amount().toPlainString() + " · " + subsidy.purpose())), by, at);
        events.publishEvent(new SubsidyGranted(subsidy.getId(), programme.getId(), programme.academicYear(),
                student.sourceRegion(), term, subsidy.amount()));
        return new SubsidyView(subsidy.getId(), id, term, subsidy.amount(), subsidy.purpose(), by, at);
    }
}
