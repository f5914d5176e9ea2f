package org.counterpart.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingRejected;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * 经费 — a programme's budget lines and what has been spent against each, in 万元, exactly. Spending that takes a line
 * beyond its budget is allowed only with a reason, and stays flagged.
 */
public final class Budget implements AggregateRoot<Budget, Budget.Of> {

    public static final int MAX_CATEGORY = 50;
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_REASON = 500;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    /** A budget is the budget of one programme. */
    public record Of(ProgrammeId programme) implements Identifier {
    }

    /** A budget line: a kind of cost (师资费, 住宿费 …) and what it may take. */
    public record Line(UUID id, String category, BigDecimal planned) {
    }

    /** One spending entry against a line. */
    public record Spending(UUID id, UUID line, LocalDate spentOn, BigDecimal amount, String description,
            String overBudgetReason, String recordedBy) {
    }

    private final Of id;
    private final List<Line> lines;
    private final List<Spending> spending;

    public Budget(ProgrammeId programme, List<Line> lines, List<Spending> spending) {
        this.id = new Of(Objects.requireNonNull(programme));
        this.lines = new ArrayList<>(lines);
        this.spending = new ArrayList<>(spending);
    }

    public Line planLine(String category, BigDecimal planned) {
        var name = text(category, MAX_CATEGORY, "training.budget.category-required", "training.budget.category-too-long");
        if (lines.stream().anyMatch(l -> l.category().equals(name))) {
            throw TrainingRejected.invalid("training.budget.category-exists", name);
        }
        var line = new Line(TimeOrderedIds.next(), name, amount(planned, true));
        lines.add(line);
        return line;
    }

    /** Records spending; returns it, its {@code overBudgetReason} set when the line goes beyond its budget. */
    public Spending spend(UUID lineId, LocalDate spentOn, BigDecimal amount, String description, String reason,
            String recordedBy) {
        var line = line(lineId);
        var value = amount(amount, false);
        if (spentOn == null) {
            throw TrainingRejected.invalid("training.spending.date-required");
        }
        var what = text(description, MAX_DESCRIPTION, "training.spending.description-required",
                "training.spending.description-too-long");
        var beyond = spent(lineId).add(value).compareTo(line.planned()) > 0;
        var why = reason == null ? "" : reason.strip();
        if (beyond && why.isEmpty()) {
            throw TrainingRejected.invalid("training.spending.reason-required", line.category(),
                    plain(line.planned()), plain(spent(lineId).add(value)));
        }
        if (why.length() > MAX_REASON) {
            throw TrainingRejected.invalid("training.spending.reason-too-long", MAX_REASON);
        }
        var entry = new Spending(TimeOrderedIds.next(), lineId, spentOn, value, what, beyond ? why : null, recordedBy);
        spending.add(entry);
        return entry;
    }

    public Line line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> TrainingRejected.notFound("training.budget.line-not-found"));
    }

    public BigDecimal spent(UUID lineId) {
        return spending.stream().filter(s -> s.line().equals(lineId)).map(Spending::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal planned() {
        return lines.stream().map(Line::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal spent() {
        return spending.stream().map(Spending::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            throw TrainingRejected.invalid("training.budget.amount-required");
        }
        if (value.signum() < 0 || !zeroAllowed && value.signum() == 0) {
            throw TrainingRejected.invalid("training.budget.amount-not-positive");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw TrainingRejected.invalid("training.funding.too-precise");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw TrainingRejected.invalid("training.funding.too-large");
        }
        return value;
    }

    private static String text(String value, int max, String requiredKey, String tooLongKey) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw TrainingRejected.invalid(requiredKey);
        }
        if (text.length() > max) {
            throw TrainingRejected.invalid(tooLongKey, max);
        }
        return text;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public Of getId() {
        return id;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Spending> spending() {
        return List.copyOf(spending);
    }
}
