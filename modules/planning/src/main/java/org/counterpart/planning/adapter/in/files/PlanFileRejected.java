package org.counterpart.planning.adapter.in.files;

/**
 * An uploaded plan file could not be read. Carries a message key ({@code planning.import.rejected.*}) of the
 * planning message bundle and its arguments, so the user is told why in their own language.
 */
public class PlanFileRejected extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PlanFileRejected(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public PlanFileRejected(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
