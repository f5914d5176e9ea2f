package org.counterpart.enrolment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.directory.UserContext;
import org.counterpart.enrolment.EnrolmentProgrammeDetails;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePage;
import org.counterpart.enrolment.EnrolmentProgrammePlanned;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentProgrammeRevised;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.ManageEnrolmentProgrammes;
import org.counterpart.enrolment.NewEnrolmentProgramme;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.SubsidyTotals;
import org.counterpart.enrolment.domain.EnrolmentPermissions;
import org.counterpart.enrolment.domain.EnrolmentProgramme;
import org.counterpart.enrolment.domain.EnrolmentProgrammes;
import org.counterpart.enrolment.domain.EnrolmentRecords;
import org.counterpart.enrolment.domain.RecordedChange;
import org.counterpart.enrolment.domain.Subsidies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, planning and revising enrolment programmes, as the signed-in user may. */
@Service
@Transactional(readOnly = true)
class EnrolmentProgrammeService implements EnrolmentProgrammeQueries, ManageEnrolmentProgrammes {

    /** Who is named in the record of changes made with no one signed in (the demo data at start-up). */
    static final String SYSTEM = "system";

    private final EnrolmentProgrammes programmes;
    private final Subsidies subsidies;
    private final EnrolmentRecords records;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentProgrammeService(EnrolmentProgrammes programmes, Subsidies subsidies, EnrolmentRecords records,
            Directory directory, CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.programmes = programmes;
        this.subsidies = subsidies;
        this.records = records;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<Integer> years() {
        return programmes.years();
    }

    @Override
    public EnrolmentProgrammePage programmes(EnrolmentProgrammeQuery query) {
        return programmes.find(query);
    }

    @Override
    public Optional<EnrolmentProgrammeDetails> programme(EnrolmentProgrammeId id) {
        return programmes.byId(id).map(p -> details(p, currentUser.get().orElse(null)));
    }

    @Override
    public SubsidyTotals subsidies(int academicYear) {
        return subsidies.byRegion(academicYear);
    }

    @Override
    @Transactional
    public EnrolmentProgrammeDetails plan(NewEnrolmentProgramme command) {
        var user = currentUser.get();
        if (user.isPresent() && !EnrolmentPermissions.mayPlan(user.get())) {
            throw EnrolmentRejected.forbidden("enrolment.programme.forbidden.plan");
        }
        var planned = new EnrolmentProgramme(EnrolmentProgrammeId.next(), command.academicYear(), command.kind(),
                command.name(), command.sourceRegion(), command.planTask(), command.coordinatingOffice(),
                command.funding(), command.quotas(), 0);
        if (directory.region(planned.sourceRegion()).isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.programme.region-unknown", planned.sourceRegion().value());
        }
        if (directory.office(planned.coordinatingOffice()).isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.programme.office-unknown", planned.coordinatingOffice().value());
        }
        requireSchools(planned.quotas());
        if (programmes.exists(planned.academicYear(), planned.kind(), planned.sourceRegion())) {
            throw EnrolmentRejected.invalid("enrolment.programme.exists", planned.academicYear(), planned.name());
        }
        programmes.add(planned);
        records.recordChanges(planned.getId(), planned.getId().toString(),
                List.of(new RecordedChange("created", null, planned.name())),
                user.map(UserContext::displayName).orElse(SYSTEM), clock.instant());
        events.publishEvent(new EnrolmentProgrammePlanned(planned.getId(), planned.academicYear(), planned.kind(),
                planned.sourceRegion(), planned.planTask(), planned.quota(), planned.funding()));
        return details(planned, user.orElse(null));
    }

    @Override
    @Transactional
    public EnrolmentProgrammeDetails revise(EnrolmentProgrammeId id, BigDecimal funding, List<QuotaLine> quotas,
            long seenVersion) {
        var user = currentUser.require();
        var programme = programmes.lock(id)
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found"));
        if (!EnrolmentPermissions.mayRevise(user, programme)) {
            throw EnrolmentRejected.forbidden("enrolment.programme.forbidden.revise");
        }
        if (programme.version() != seenVersion) {
            throw EnrolmentRejected.conflict("enrolment.programme.changed-meanwhile", programme.name());
        }
        var filled = programmes.fill(programme);
        programme.revise(funding, quotas);
        requireSchools(programme.quotas());
        requireSeatsKept(programme, filled);
        var changes = programme.drainChanges();
        if (!changes.isEmpty()) {
            programmes.update(programme);
            records.recordChanges(id, id.toString(), changes, user.displayName(), clock.instant());
            events.publishEvent(new EnrolmentProgrammeRevised(id, programme.academicYear(), programme.kind(),
                    programme.quota(), programme.funding()));
        }
        return programmes.byId(id).map(p -> details(p, user)).orElseThrow();
    }

    private void requireSchools(List<QuotaLine> quotas) {
        for (var line : quotas) {
            if (directory.unit(line.hostSchool()).isEmpty()) {
                throw EnrolmentRejected.invalid("enrolment.quota.school-unknown", line.hostSchool().value());
            }
        }
    }

    /** A quota line cannot go below the seats its students hold, nor disappear while it has any. */
    private static void requireSeatsKept(EnrolmentProgramme revised, List<QuotaFill> filled) {
        for (var fill : filled) {
            var held = fill.filled() + fill.awaiting();
            if (held == 0) {
                continue;
            }
            var line = fill.line();
            var kept = revised.quotas().stream()
                    .filter(l -> l.hostSchool().equals(line.hostSchool()) && java.util.Objects.equals(l.major(), line.major()))
                    .findFirst();
            if (kept.isEmpty()) {
                throw EnrolmentRejected.invalid("enrolment.quota.line-in-use", line.hostSchool(),
                        line.major() == null ? "" : line.major(), held);
            }
            if (kept.get().seats() < fill.filled()) {
                throw EnrolmentRejected.invalid("enrolment.quota.below-filled", line.hostSchool(),
                        line.major() == null ? "" : line.major(), fill.filled());
            }
        }
    }

    private EnrolmentProgrammeDetails details(EnrolmentProgramme p, UserContext user) {
        var summary = summary(p, programmes.fill(p), subsidies.totalOf(p.getId()));
        return new EnrolmentProgrammeDetails(summary, subsidies.byRegion(p.getId()), records.changesOf(p.getId().toString()),
                user != null && EnrolmentPermissions.mayRevise(user, p),
                user != null && EnrolmentPermissions.mayReadStudents(user, p),
                user != null && EnrolmentPermissions.mayAdmit(user, p));
    }

    static EnrolmentProgrammeSummary summary(EnrolmentProgramme p, List<QuotaFill> fill, BigDecimal subsidised) {
        return new EnrolmentProgrammeSummary(p.getId(), p.academicYear(), p.kind(), p.name(), p.sourceRegion(),
                p.planTask(), p.coordinatingOffice(), p.funding(), fill, subsidised, p.version());
    }
}
