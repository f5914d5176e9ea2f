package org.counterpart.reporting;

import java.util.Set;

/** Whose completeness to count: some units and offices (none: all) and one kind of report (none: all). */
public record CompletenessFilter(Set<Reporter> reporters, ReportKind kind) {

    public static final CompletenessFilter ALL = new CompletenessFilter(Set.of(), null);

    public CompletenessFilter {
        reporters = reporters == null ? Set.of() : Set.copyOf(reporters);
    }
}
