package org.counterpart.reporting.integration;

/** The listener ids reporting records its publications under in Spring Modulith's registry (stable across renames). */
public final class IntegrationListenerIds {

    /** Sends an event for downstream systems to RabbitMQ. */
    public static final String BROKER = "reporting.integration.broker";

    /** Records the webhook deliveries of an event for downstream systems. */
    public static final String WEBHOOK_FAN_OUT = "reporting.webhooks.fan-out";

    /** The executor both delivery listeners run on, apart from the application's shared pool. */
    public static final String DELIVERY_EXECUTOR = "integrationDeliveryExecutor";

    private IntegrationListenerIds() {
    }
}
