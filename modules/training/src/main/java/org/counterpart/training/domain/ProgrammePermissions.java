package org.counterpart.training.domain;

import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;

/**
 * Who may do what to a programme. ADMIN everything; the OFFICE that coordinates a programme (人事处, 职教处) edits
 * it; the UNIT that implements it runs it (cohorts, rosters, attendance, spending) but does not change its funding;
 * everyone signed in reads.
 */
public final class ProgrammePermissions {

    private ProgrammePermissions() {
    }

    public static boolean mayPlan(UserContext user) {
        return user.isAdmin();
    }

    public static boolean mayRevise(UserContext user, Programme programme) {
        return user.isAdmin() || user.role() == Role.OFFICE && user.actsFor(programme.coordinatingOffice());
    }

    public static boolean mayRun(UserContext user, Programme programme) {
        return user.isAdmin() || user.role() == Role.UNIT && user.actsFor(programme.implementingUnit());
    }
}
