package org.counterpart.training.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.counterpart.training.ProgrammeId;
import org.counterpart.training.adapter.out.persistence.BudgetMapper.LineRow;
import org.counterpart.training.adapter.out.persistence.BudgetMapper.SpendingRow;
import org.counterpart.training.domain.Budget;
import org.counterpart.training.domain.Budgets;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisBudgets implements Budgets {

    private final BudgetMapper mapper;

    MyBatisBudgets(BudgetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Budget of(ProgrammeId programme) {
        var id = programme.toString();
        return new Budget(programme,
                mapper.selectLines(id).stream()
                        .map(r -> new Budget.Line(UUID.fromString(r.id()), r.category(), r.planned())).toList(),
                mapper.selectSpending(id).stream()
                        .map(r -> new Budget.Spending(UUID.fromString(r.id()), UUID.fromString(r.lineId()),
                                r.spentOn(), r.amount(), r.description(), r.overBudgetReason(), r.recordedBy()))
                        .toList());
    }

    @Override
    public Budget lockedOf(ProgrammeId programme) {
        mapper.lockProgramme(programme.toString());
        return of(programme);
    }

    @Override
    public void addLine(ProgrammeId programme, Budget.Line line) {
        mapper.insertLine(new LineRow(line.id().toString(), programme.toString(), line.category(), line.planned()));
    }

    @Override
    public void addSpending(ProgrammeId programme, Budget.Spending s, Instant recordedAt) {
        mapper.insertSpending(new SpendingRow(s.id().toString(), programme.toString(), s.line().toString(),
                s.spentOn(), s.amount(), s.description(), s.overBudgetReason(), s.recordedBy(), recordedAt));
    }
}
