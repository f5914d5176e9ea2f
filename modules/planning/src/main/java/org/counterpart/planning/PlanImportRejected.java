package org.counterpart.planning;

import java.util.List;

/** An import was refused as a whole; each problem names the line of the file it is on. */
public class PlanImportRejected extends RuntimeException {

    /** One reason, on one line of the file (0 when it concerns the file as a whole). */
    public record Problem(int line, String messageKey, List<Object> arguments) {
    }

    private final transient List<Problem> problems;

    public PlanImportRejected(List<Problem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
