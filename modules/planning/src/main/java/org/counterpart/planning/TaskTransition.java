package org.counterpart.planning;

import java.util.EnumSet;
import java.util.Set;

/** What a user can do to a task's status, and from where. */
public enum TaskTransition {

    START(EnumSet.of(TaskStatus.PLANNED), false),
    COMPLETE(EnumSet.of(TaskStatus.IN_PROGRESS), false),
    DELAY(EnumSet.of(TaskStatus.PLANNED, TaskStatus.IN_PROGRESS), true),
    RESUME(EnumSet.of(TaskStatus.DELAYED), false),
    CANCEL(EnumSet.of(TaskStatus.PLANNED, TaskStatus.IN_PROGRESS, TaskStatus.DELAYED), true);

    private final Set<TaskStatus> from;
    private final boolean needsReason;

    TaskTransition(Set<TaskStatus> from, boolean needsReason) {
        this.from = from;
        this.needsReason = needsReason;
    }

    public boolean isAllowedFrom(TaskStatus status) {
        return from.contains(status);
    }

    public boolean needsReason() {
        return needsReason;
    }
}
