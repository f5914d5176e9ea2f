package org.counterpart.enrolment;

/**
 * An enrolment request was refused: a national ID number that fails its check digit, a move the stage machine does
 * not allow, a subsidy already granted for that term, a record the user may not touch, or a change someone else made
 * first. Carries a key of the enrolment message bundle and its arguments, so the user is told why in their language.
 */
public class EnrolmentRejected extends RuntimeException {

    /** Why, in the terms the API answers with. */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public EnrolmentRejected(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static EnrolmentRejected invalid(String messageKey, Object... arguments) {
        return new EnrolmentRejected(Kind.INVALID, messageKey, arguments);
    }

    public static EnrolmentRejected forbidden(String messageKey, Object... arguments) {
        return new EnrolmentRejected(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static EnrolmentRejected notFound(String messageKey, Object... arguments) {
        return new EnrolmentRejected(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static EnrolmentRejected conflict(String messageKey, Object... arguments) {
        return new EnrolmentRejected(Kind.CONFLICT, messageKey, arguments);
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
