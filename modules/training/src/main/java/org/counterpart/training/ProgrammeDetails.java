package org.counterpart.training;

import java.time.Instant;
import java.util.List;

/**
 * A programme as its page shows it, with every recorded change and what the user looking may do: edit its funding
 * (the coordinating office), run it (the implementing unit).
 */
public record ProgrammeDetails(ProgrammeSummary programme, List<ChangeView> changes, boolean mayEdit,
        boolean mayRun) {

    public record ChangeView(Instant at, String by, String field, String before, String after) {
    }
}
