package org.counterpart.reporting;

/**
 * An information-report request was refused: a report, duty or period that is not there, a move the life cycle
 * does not allow, a file that is not what its name says, a permission the user lacks, or a change someone else made
 * first. Carries a key of the reporting message bundle and its arguments, so the user is told why in their language.
 */
public class ReportRejected extends RuntimeException {

    /** Why, in the terms the API answers with. */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public ReportRejected(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static ReportRejected invalid(String messageKey, Object... arguments) {
        return new ReportRejected(Kind.INVALID, messageKey, arguments);
    }

    public static ReportRejected forbidden(String messageKey, Object... arguments) {
        return new ReportRejected(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static ReportRejected notFound(String messageKey, Object... arguments) {
        return new ReportRejected(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static ReportRejected conflict(String messageKey, Object... arguments) {
        return new ReportRejected(Kind.CONFLICT, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
