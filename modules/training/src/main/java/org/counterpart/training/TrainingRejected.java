package org.counterpart.training;

/**
 * A training request was refused: a cell of Attachment 1 that cannot be read (资金安排, 培训时间, 培训方式), an amount or
 * a duration outside what the notice could mean, a permission the user lacks, or a change someone else made first.
 * Carries a key of the training message bundle and its arguments, so the user is told why in their own language.
 */
public class TrainingRejected extends RuntimeException {

    /** Why, in the terms the API answers with. */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public TrainingRejected(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static TrainingRejected invalid(String messageKey, Object... arguments) {
        return new TrainingRejected(Kind.INVALID, messageKey, arguments);
    }

    public static TrainingRejected forbidden(String messageKey, Object... arguments) {
        return new TrainingRejected(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static TrainingRejected notFound(String messageKey, Object... arguments) {
        return new TrainingRejected(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static TrainingRejected conflict(String messageKey, Object... arguments) {
        return new TrainingRejected(Kind.CONFLICT, messageKey, arguments);
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
