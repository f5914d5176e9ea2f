package org.counterpart.planning;

/**
 * A planning request was refused: an illegal transition, a missing reason, bad input, a permission the user lacks,
 * or a change someone else made first. Carries a key of the planning message bundle and its arguments, so the
 * user is told why in their own language.
 */
public class PlanningRejected extends RuntimeException {

    /** Why, in the terms the API answers with. */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public PlanningRejected(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static PlanningRejected invalid(String messageKey, Object... arguments) {
        return new PlanningRejected(Kind.INVALID, messageKey, arguments);
    }

    public static PlanningRejected forbidden(String messageKey, Object... arguments) {
        return new PlanningRejected(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static PlanningRejected notFound(String messageKey, Object... arguments) {
        return new PlanningRejected(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static PlanningRejected conflict(String messageKey, Object... arguments) {
        return new PlanningRejected(Kind.CONFLICT, messageKey, arguments);
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
