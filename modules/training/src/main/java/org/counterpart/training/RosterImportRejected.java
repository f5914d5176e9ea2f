package org.counterpart.training;

import java.util.List;

/** A roster import was refused as a whole; each problem names the line of the file it is on. */
public class RosterImportRejected extends RuntimeException {

    /** One reason on one line. */
    public record Problem(int line, String messageKey, List<Object> arguments) {
    }

    private final transient List<Problem> problems;

    public RosterImportRejected(List<Problem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
