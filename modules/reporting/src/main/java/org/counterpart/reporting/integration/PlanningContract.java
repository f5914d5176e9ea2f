package org.counterpart.reporting.integration;

import org.counterpart.planning.TaskStatus;

/** The planning module's values as the contract names them; a new domain value fails the build until it is mapped. */
final class PlanningContract {

    private PlanningContract() {
    }

    static String status(TaskStatus status) {
        return switch (status) {
            case PLANNED -> "PLANNED";
            case IN_PROGRESS -> "IN_PROGRESS";
            case COMPLETED -> "COMPLETED";
            case DELAYED -> "DELAYED";
            case CANCELLED -> "CANCELLED";
        };
    }
}
