package org.counterpart.reporting;

/**
 * A webhook request was refused: a URL that is not http(s), an unknown event type, a short secret, a subscription
 * or delivery that is not there. Carries a key of the reporting bundle and its arguments.
 */
public class WebhookRejected extends RuntimeException {

    /** Why, in the terms the API answers with. */
    public enum Kind {
        INVALID, NOT_FOUND
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public WebhookRejected(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static WebhookRejected invalid(String messageKey, Object... arguments) {
        return new WebhookRejected(Kind.INVALID, messageKey, arguments);
    }

    public static WebhookRejected notFound(String messageKey, Object... arguments) {
        return new WebhookRejected(Kind.NOT_FOUND, messageKey, arguments);
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
