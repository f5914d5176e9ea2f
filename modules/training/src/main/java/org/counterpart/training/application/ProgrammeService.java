package org.counterpart.training.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.UserContext;
import org.counterpart.training.Funding;
import org.counterpart.training.ManageProgrammes;
import org.counterpart.training.NewProgramme;
import org.counterpart.training.ProgrammeChanged;
import org.counterpart.training.ProgrammeDetails;
import org.counterpart.training.ProgrammeDetails.ChangeView;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePage;
import org.counterpart.training.ProgrammePlanned;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.ProgrammeSummary;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.domain.Programme;
import org.counterpart.training.domain.ProgrammeChange;
import org.counterpart.training.domain.ProgrammePermissions;
import org.counterpart.training.domain.Programmes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, planning and revising training programmes, as the signed-in user may. */
@Service
@Transactional(readOnly = true)
class ProgrammeService implements ProgrammeQueries, ManageProgrammes {

    /** Who is named in the record of changes made with no one signed in (the demo programmes at start-up). */
    static final String SYSTEM = "system";

    private final Programmes programmes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeService(Programmes programmes, CurrentUser currentUser, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<Integer> years() {
        return programmes.years();
    }

    @Override
    public ProgrammePage programmes(ProgrammeQuery query) {
        return programmes.find(query);
    }

    @Override
    public Optional<ProgrammeDetails> programme(ProgrammeId id) {
        return programmes.byId(id).map(p -> details(p, currentUser.get().orElse(null)));
    }

    @Override
    @Transactional
    public ProgrammeDetails plan(NewProgramme programme) {
        var user = currentUser.get();
        if (user.isPresent() && !ProgrammePermissions.mayPlan(user.get())) {
            throw TrainingRejected.forbidden("training.programme.forbidden.plan");
        }
        if (programmes.exists(programme.year(), programme.number())) {
            throw TrainingRejected.invalid("training.programme.number-taken", programme.year(), programme.number());
        }
        var planned = new Programme(ProgrammeId.next(), programme.year(), programme.number(), programme.name(),
                programme.region(), programme.mode(), programme.funding(), programme.partnerName(),
                programme.plannedTrainees(), programme.duration(), programme.implementingUnit(),
                programme.coordinatingOffice(), programme.planTask(), 0);
        programmes.add(planned);
        programmes.recordChanges(planned.getId(), List.of(new ProgrammeChange("created", null, planned.name())),
                user.map(UserContext::displayName).orElse(SYSTEM), clock.instant());
        events.publishEvent(new ProgrammePlanned(planned.getId(), planned.year(), planned.region(), planned.mode(),
                planned.funding().commission(), planned.funding().partner(), planned.plannedTrainees(),
                planned.implementingUnit(), planned.planTask()));
        return details(planned, user.orElse(null));
    }

    @Override
    @Transactional
    public ProgrammeDetails revise(ProgrammeId id, BigDecimal commissionFunding, BigDecimal partnerFunding,
            int plannedTrainees, long seenVersion) {
        var user = currentUser.require();
        var programme = programmes.byId(id).orElseThrow(() -> TrainingRejected.notFound("training.programme.not-found"));
        if (!ProgrammePermissions.mayRevise(user, programme)) {
            throw TrainingRejected.forbidden("training.programme.forbidden.revise");
        }
        if (programme.version() != seenVersion) {
            throw TrainingRejected.conflict("training.programme.changed-meanwhile", programme.name());
        }
        programme.revise(new Funding(commissionFunding, partnerFunding), plannedTrainees);
        var changes = programme.drainChanges();
        if (!changes.isEmpty()) {
            programmes.update(programme);
            programmes.recordChanges(id, changes, user.displayName(), clock.instant());
            events.publishEvent(new ProgrammeChanged(id, programme.year(), programme.funding().commission(),
                    programme.funding().partner(), programme.plannedTrainees()));
        }
        return programmes.byId(id).map(p -> details(p, user)).orElseThrow();
    }

    private ProgrammeDetails details(Programme p, UserContext user) {
        var summary = new ProgrammeSummary(p.getId(), p.year(), p.number(), p.name(), p.region(), p.mode(),
                p.funding(), p.partnerName(), p.plannedTrainees(), p.duration(), p.implementingUnit(),
                p.coordinatingOffice(), p.planTask(), p.version());
        var changes = programmes.changesOf(p.getId()).stream()
                .map(c -> new ChangeView(c.at(), c.by(), c.field(), c.before(), c.after())).toList();
        return new ProgrammeDetails(summary, changes, user != null && ProgrammePermissions.mayRevise(user, p),
                user != null && ProgrammePermissions.mayRun(user, p));
    }
}
