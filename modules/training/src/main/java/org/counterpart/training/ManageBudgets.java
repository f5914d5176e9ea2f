package org.counterpart.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A programme's money: the coordinating office (or ADMIN) sets budget lines; the implementing unit (or ADMIN)
 * records spending against them — beyond a line's budget only with a reason.
 */
@PrimaryPort
public interface ManageBudgets {

    BudgetView budget(ProgrammeId programme);

    BudgetView planLine(ProgrammeId programme, String category, BigDecimal planned);

    BudgetView recordSpending(ProgrammeId programme, UUID line, LocalDate spentOn, BigDecimal amount,
            String description, String overBudgetReason);
}
