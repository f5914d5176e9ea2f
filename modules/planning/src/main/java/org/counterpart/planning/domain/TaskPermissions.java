package org.counterpart.planning.domain;

import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;

/**
 * Who may do what to a task. ADMIN everything; an OFFICE user changes status and milestones and records progress of
 * the tasks their office leads or co-leads; a UNIT user records progress of the tasks their unit undertakes; every
 * signed-in user reads. Plans themselves — import, roll-over — are the commission office's (ADMIN).
 */
public final class TaskPermissions {

    private TaskPermissions() {
    }

    public static boolean mayManagePlans(UserContext user) {
        return user.role() == Role.ADMIN;
    }

    public static boolean mayChangeStatus(UserContext user, Task task) {
        return user.isAdmin() || user.role() == Role.OFFICE && task.isLedOrCoLedBy(user.office());
    }

    public static boolean mayManageMilestones(UserContext user, Task task) {
        return mayChangeStatus(user, task);
    }

    public static boolean mayRecordProgress(UserContext user, Task task) {
        return mayChangeStatus(user, task) || user.role() == Role.UNIT && task.isUndertakenBy(user.unit());
    }
}
