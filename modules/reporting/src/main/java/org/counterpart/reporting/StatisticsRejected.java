package org.counterpart.reporting;

/**
 * A statistics request was refused: a year or region that cannot be, a table that does not exist, a plan or
 * programme table the year does not have, or a rebuild by someone other than the commission office. Carries a key
 * of the reporting message bundle and its arguments.
 */
public class StatisticsRejected extends RuntimeException {

    /** Why, in the terms the API answers with. */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public StatisticsRejected(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static StatisticsRejected invalid(String messageKey, Object... arguments) {
        return new StatisticsRejected(Kind.INVALID, messageKey, arguments);
    }

    public static StatisticsRejected forbidden(String messageKey, Object... arguments) {
        return new StatisticsRejected(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static StatisticsRejected notFound(String messageKey, Object... arguments) {
        return new StatisticsRejected(Kind.NOT_FOUND, messageKey, arguments);
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
