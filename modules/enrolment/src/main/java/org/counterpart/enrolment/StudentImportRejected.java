package org.counterpart.enrolment;

import java.util.List;

/** A student list was refused as a whole; each problem names the line of the file it is on. Nothing was added. */
public class StudentImportRejected extends RuntimeException {

    /** One reason on one line (line 0: the file as a whole). */
    public record Problem(int line, String messageKey, List<Object> arguments) {
    }

    private final transient List<Problem> problems;

    public StudentImportRejected(List<Problem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
