package org.counterpart.reporting.domain;

import org.counterpart.directory.UserContext;

/** Who does something to a report or duty, as its history records them: the user name and the name shown. */
public record ReportActor(String username, String name) {

    public static ReportActor of(UserContext user) {
        return new ReportActor(user.username(), user.displayName());
    }
}
