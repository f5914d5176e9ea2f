package org.counterpart.training.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.UserContext;
import org.counterpart.training.BudgetExceeded;
import org.counterpart.training.BudgetView;
import org.counterpart.training.ManageBudgets;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.SpendingRecorded;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.domain.Budget;
import org.counterpart.training.domain.Budgets;
import org.counterpart.training.domain.Programme;
import org.counterpart.training.domain.ProgrammeChange;
import org.counterpart.training.domain.ProgrammePermissions;
import org.counterpart.training.domain.Programmes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A programme's budget lines and spending, as the coordinating office and the implementing unit may. */
@Service
@Transactional(readOnly = true)
class BudgetService implements ManageBudgets {

    private final Programmes programmes;
    private final Budgets budgets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetService(Programmes programmes, Budgets budgets, CurrentUser currentUser, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.programmes = programmes;
        this.budgets = budgets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public BudgetView budget(ProgrammeId id) {
        var programme = programme(id);
        return view(budgets.of(id), programme, currentUser.get().orElse(null));
    }

    @Override
    @Transactional
    public BudgetView planLine(ProgrammeId id, String category, BigDecimal planned) {
        var programme = programme(id);
        var user = currentUser.require();
        if (!ProgrammePermissions.mayRevise(user, programme)) {
            throw TrainingRejected.forbidden("training.budget.forbidden.plan");
        }
        var budget = budgets.lockedOf(id);
        var line = budget.planLine(category, planned);
        budgets.addLine(id, line);
        programmes.recordChanges(id, List.of(new ProgrammeChange("budgetLine", null,
                line.category() + " · " + line.planned().stripTrailingZeros().toPlainString())), user.displayName(),
                clock.instant());
        return view(budgets.of(id), programme, user);
    }

    @Override
    @Transactional
    public BudgetView recordSpending(ProgrammeId id, UUID line, LocalDate spentOn, BigDecimal amount,
            String description, String overBudgetReason) {
        var programme = programme(id);
        var user = currentUser.require();
        if (!ProgrammePermissions.mayRun(user, programme)) {
            throw TrainingRejected.forbidden("training.budget.forbidden.spend");
        }
        var budget = budgets.lockedOf(id);
        var entry = budget.spend(line, spentOn, amount, description, overBudgetReason, user.displayName());
        budgets.addSpending(id, entry, clock.instant());
        var category = budget.line(line).category();
        programmes.recordChanges(id, List.of(new ProgrammeChange("spending", null, category + " · " + entry.spentOn()
                + " · " + entry.amount().stripTrailingZeros().toPlainString() + " · " + entry.description()
                + (entry.overBudgetReason() == null ? "" : " · ⚠ " + entry.overBudgetReason()))),
                user.displayName(), clock.instant());
        events.publishEvent(new SpendingRecorded(id, entry.id(), category, entry.spentOn(), entry.amount()));
        if (entry.overBudgetReason() != null) {
            events.publishEvent(new BudgetExceeded(id, category, budget.line(line).planned(), budget.spent(line),
                    entry.overBudgetReason()));
        }
        return view(budgets.of(id), programme, user);
    }

    private Programme programme(ProgrammeId id) {
        return programmes.byId(id).orElseThrow(() -> TrainingRejected.notFound("training.programme.not-found"));
    }

    private static BudgetView view(Budget budget, Programme programme, UserContext user) {
        var lines = budget.lines().stream().map(l -> new BudgetView.Line(l.id(), l.category(), l.planned(),
                budget.spent(l.id()))).toList();
        var entries = budget.spending().stream().map(s -> new BudgetView.Entry(s.id(), s.line(),
                budget.line(s.line()).category(), s.spentOn(), s.amount(), s.description(), s.overBudgetReason(),
                s.recordedBy())).toList();
        return new BudgetView(lines, entries, budget.planned(), budget.spent(),
                user != null && ProgrammePermissions.mayRevise(user, programme),
                user != null && ProgrammePermissions.mayRun(user, programme));
    }
}
