package org.counterpart.reporting.domain;

import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.Reporter;

/**
 * Who may do what with reports and duties. Units and offices write their own reports and read their own duties;
 * the commission office (ADMIN) reviews reports, sets duties and sees everything; a viewer reads accepted reports,
 * duties and completeness, never a draft.
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    /** The unit or office the user writes for, or null for ADMIN and viewers, who write no reports. */
    public static Reporter reporterOf(UserContext user) {
        if (user.role() == Role.UNIT) {
            return Reporter.unit(user.unit());
        }
        if (user.role() == Role.OFFICE) {
            return Reporter.office(user.office());
        }
        return null;
    }

    public static boolean mayWrite(UserContext user) {
        return reporterOf(user) != null;
    }

    public static boolean actsFor(UserContext user, Reporter reporter) {
        return reporter != null && reporter.equals(reporterOf(user));
    }

    public static boolean mayRead(UserContext user, Report report) {
        return user.isAdmin() || actsFor(user, report.reporter())
                || user.role() == Role.VIEWER && report.status() == ReportStatus.ACCEPTED;
    }

    public static boolean mayEdit(UserContext user, Report report) {
        return actsFor(user, report.reporter()) && report.isEditable();
    }

    public static boolean mayReview(UserContext user, Report report) {
        return user.isAdmin() && report.status() == ReportStatus.SUBMITTED;
    }

    /** Which reports the user may list. */
    public static ReportScope scopeOf(UserContext user) {
        if (user.isAdmin()) {
            return ReportScope.EVERYTHING;
        }
        if (user.role() == Role.VIEWER) {
            return new ReportScope(null, true);
        }
        return new ReportScope(reporterOf(user), false);
    }

    public static boolean mayManageDuties(UserContext user) {
        return user.isAdmin();
    }

    /** Everybody sees every duty but units and offices, who see their own. */
    public static boolean mayReadDutiesOf(UserContext user, Reporter reporter) {
        return user.isAdmin() || user.role() == Role.VIEWER || actsFor(user, reporter);
    }

    /** A duty's contact e-mail is for the commission office and the duty's own unit or office. */
    public static boolean seesContactOf(UserContext user, Reporter reporter) {
        return user.isAdmin() || actsFor(user, reporter);
    }
}
