package org.counterpart.directory;

/**
 * A unit could not be registered. Carries a message key of the directory's message bundle, so the user is told
 * why in their own language.
 */
public class UnitRejected extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UnitRejected(String messageKey, Object... arguments) {
        super(messageKey);
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
