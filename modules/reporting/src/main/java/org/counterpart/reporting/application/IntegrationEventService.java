package org.counterpart.reporting.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.counterpart.reporting.IntegrationPublishing;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.reporting.integration.IntegrationJson;
import org.counterpart.reporting.integration.IntegrationTranslations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translates a domain event into its contract types and publishes each as an {@link IntegrationEvent} inside the
 * listener's transaction, so that the event publication registry records one publication per channel (the RabbitMQ
 * externalizer, the webhook fan-out) together with the completion of the translation — or neither.
 */
@Service("integrationPublishing")
class IntegrationEventService implements IntegrationPublishing {

    private final IntegrationTranslations translations;
    private final ApplicationEventPublisher events;
    private final IntegrationProperties properties;

    IntegrationEventService(IntegrationTranslations translations, ApplicationEventPublisher events,
            IntegrationProperties properties) {
        this.translations = translations;
        this.events = events;
        this.properties = properties;
    }

    @Override
    public boolean translates(Object domainEvent) {
        return translations.translates(domainEvent);
    }

    @Override
    @Transactional
    public void publish(Object domainEvent, UUID occurrence, Instant occurredAt) {
        for (var translation : translations.of(domainEvent)) {
            var type = translation.type();
            events.publishEvent(new IntegrationEvent(idOf(occurrence, type), type,
                    properties.sourceOf(translation.module()), occurredAt, properties.dataschemaOf(type),
                    IntegrationJson.write(translation.translate(domainEvent))));
        }
    }

    /** One id per occurrence and contract type, the same however often it is derived. */
    static UUID idOf(UUID occurrence, String type) {
        return UUID.nameUUIDFromBytes((occurrence + "|" + type).getBytes(StandardCharsets.UTF_8));
    }
}
