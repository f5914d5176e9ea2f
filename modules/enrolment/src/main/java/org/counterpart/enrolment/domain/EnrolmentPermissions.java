package org.counterpart.enrolment.domain;

import java.util.Set;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;

/**
 * Who may do what with programmes and students. ADMIN everything. The offices that oversee enrolment (基教处, 职教处,
 * 高教处, 学生处) read every student and revise the programmes they coordinate. A host school manages its own students
 * and nobody else's. Everyone else — other offices and units, VIEWER — sees the programmes' figures, never a student.
 */
public final class EnrolmentPermissions {

    /** The offices that oversee enrolment and students. */
    public static final Set<OfficeCode> OVERSEEING_OFFICES = Set.of(new OfficeCode("jijiao"),
            new OfficeCode("zhijiao"), new OfficeCode("gaojiao"), new OfficeCode("xuesheng"));

    private EnrolmentPermissions() {
    }

    public static boolean mayPlan(UserContext user) {
        return user.isAdmin();
    }

    public static boolean mayRevise(UserContext user, EnrolmentProgramme programme) {
        return user.isAdmin() || user.role() == Role.OFFICE && user.actsFor(programme.coordinatingOffice());
    }

    /** Whether the user reads the records of every student (not only a school's own). */
    public static boolean readsAllStudents(UserContext user) {
        return user.isAdmin() || user.role() == Role.OFFICE && OVERSEEING_OFFICES.contains(user.office());
    }

    /** Whether the user reads the students of that host school. */
    public static boolean mayReadStudentsOf(UserContext user, UnitCode school) {
        return readsAllStudents(user) || user.role() == Role.UNIT && user.actsFor(school);
    }

    /** Whether the user reads any student of the programme (all of them, or their own school's). */
    public static boolean mayReadStudents(UserContext user, EnrolmentProgramme programme) {
        return readsAllStudents(user) || user.role() == Role.UNIT && programme.hosts(user.unit());
    }

    /** Whether the user registers and moves students of that school. */
    public static boolean mayManageStudentsOf(UserContext user, UnitCode school) {
        return user.isAdmin() || user.role() == Role.UNIT && user.actsFor(school);
    }

    public static boolean mayAdmit(UserContext user, EnrolmentProgramme programme) {
        return user.isAdmin() || user.role() == Role.UNIT && programme.hosts(user.unit());
    }

    /** Admitting beyond the quota, and approving such admissions. */
    public static boolean mayApprove(UserContext user) {
        return user.isAdmin();
    }

    public static boolean mayGrant(UserContext user, EnrolmentProgramme programme, Student student) {
        return mayManageStudentsOf(user, student.hostSchool())
                || user.role() == Role.OFFICE && user.actsFor(programme.coordinatingOffice());
    }

    public static boolean mayReveal(UserContext user) {
        return user.isAdmin();
    }
}
