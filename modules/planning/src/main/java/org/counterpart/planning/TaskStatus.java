package org.counterpart.planning;

/** Where a task stands: planned → in progress → completed; delayed (and back); cancelled. */
public enum TaskStatus {
    /** 计划中 */
    PLANNED,
    /** 实施中 */
    IN_PROGRESS,
    /** 已完成 */
    COMPLETED,
    /** 已延期 — with a reason; resumes to where it was. */
    DELAYED,
    /** 已取消 — with a reason; final. */
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
