package org.counterpart.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TrainingRejected;
import org.junit.jupiter.api.Test;

class BudgetTests {

    final Budget budget = new Budget(ProgrammeId.next(), List.of(), List.of());
    final LocalDate day = LocalDate.of(2018, 9, 10);

    @Test
    void spendingWithinALineNeedsNoReasonAndSumsExactly() {
        var lodging = budget.planLine("住宿费", new BigDecimal("30"));

        budget.spend(lodging.id(), day, new BigDecimal("10.1"), "9月住宿", null, "市师资培训中心");
        budget.spend(lodging.id(), day, new BigDecimal("0.2"), "加床", null, "市师资培训中心");

        assertThat(budget.spent(lodging.id())).isEqualByComparingTo("10.3");
        assertThat(budget.planned()).isEqualByComparingTo("30");
        assertThat(budget.spending()).allMatch(s -> s.overBudgetReason() == null);
    }

    @Test
    void spendingBeyondALineIsRefusedWithoutAReasonAndFlaggedWithOne() {
        var teachers = budget.planLine("师资费", new BigDecimal("20"));
        budget.spend(teachers.id(), day, new BigDecimal("19.99"), "授课费", null, "市师资培训中心");

        assertRefused(() -> budget.spend(teachers.id(), day, new BigDecimal("0.02"), "授课费", " ", "市师资培训中心"),
                "training.spending.reason-required");
        var over = budget.spend(teachers.id(), day, new BigDecimal("0.02"), "授课费", "增加一次专题讲座", "市师资培训中心");

        assertThat(over.overBudgetReason()).isEqualTo("增加一次专题讲座");
        assertThat(budget.spent(teachers.id())).isEqualByComparingTo("20.01");
    }

    @Test
    void amountsArePositiveExactAndOfAtMostTwoDecimals() {
        var line = budget.planLine("资料费", new BigDecimal("5"));

        assertRefused(() -> budget.spend(line.id(), day, BigDecimal.ZERO, "资料", null, "x"),
                "training.budget.amount-not-positive");
        assertRefused(() -> budget.spend(line.id(), day, new BigDecimal("-1"), "资料", null, "x"),
                "training.budget.amount-not-positive");
        assertRefused(() -> budget.spend(line.id(), day, new BigDecimal("0.001"), "资料", null, "x"),
                "training.funding.too-precise");
        assertThat(budget.spending()).isEmpty();
    }

    @Test
    void aCostIsBudgetedOnce() {
        budget.planLine("交通费", new BigDecimal("8"));

        assertRefused(() -> budget.planLine(" 交通费 ", new BigDecimal("2")), "training.budget.category-exists");
        assertRefused(() -> budget.planLine("", new BigDecimal("2")), "training.budget.category-required");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(TrainingRejected.class)
                .extracting(e -> ((TrainingRejected) e).messageKey()).isEqualTo(key);
    }
}
