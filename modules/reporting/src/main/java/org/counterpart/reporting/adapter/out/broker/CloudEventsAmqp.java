package org.counterpart.reporting.adapter.out.broker;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.counterpart.reporting.integration.IntegrationEvent;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * An {@link IntegrationEvent} as an AMQP message in the CloudEvents AMQP protocol binding's binary content mode: the
 * data as the body, {@code datacontenttype} as {@code content-type}, every other attribute as an application property
 * named {@code cloudEvents:<attribute>} (RabbitMQ's AMQP 0-9-1 headers, which its AMQP 1.0 support maps to
 * application-properties). Values are canonical strings, as the binding allows; {@code time} is RFC 3339.
 */
final class CloudEventsAmqp {

    static final String PREFIX = "cloudEvents:";

    private CloudEventsAmqp() {
    }

    static Message message(IntegrationEvent event) {
        var properties = new MessageProperties();
        properties.setContentType(IntegrationEvent.CONTENT_TYPE);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        // The AMQP message-id, type and timestamp repeat id, type and time for consumers that only read properties.
        properties.setMessageId(event.id().toString());
        properties.setType(event.type());
        properties.setTimestamp(Date.from(event.time()));
        properties.setAppId("counterpart");
        properties.setHeader(PREFIX + "specversion", IntegrationEvent.SPEC_VERSION);
        properties.setHeader(PREFIX + "id", event.id().toString());
        properties.setHeader(PREFIX + "source", event.source());
        properties.setHeader(PREFIX + "type", event.type());
        properties.setHeader(PREFIX + "time", event.time().toString());
        properties.setHeader(PREFIX + "dataschema", event.dataSchema());
        return new Message(event.data().getBytes(StandardCharsets.UTF_8), properties);
    }
}
