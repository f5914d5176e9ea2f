package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.adapter.out.persistence.WebhookMapper.DeliveryRow;
import org.counterpart.reporting.domain.WebhookDeliveries;
import org.counterpart.reporting.domain.WebhookDelivery;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisWebhookDeliveries implements WebhookDeliveries {

    private final WebhookMapper mapper;

    MyBatisWebhookDeliveries(WebhookMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean addIfAbsent(WebhookDelivery delivery) {
        // A second fan-out of the same event finds the first one's row; the unique key catches a concurrent one.
        if (mapper.countDelivery(delivery.subscriptionId().toString(), delivery.eventId().toString()) > 0) {
            return false;
        }
        mapper.insertDelivery(row(delivery));
        return true;
    }

    @Override
    public Optional<WebhookDelivery> find(UUID id) {
        return Optional.ofNullable(mapper.selectDelivery(id.toString())).map(MyBatisWebhookDeliveries::delivery);
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return mapper.selectDue(now, limit).stream().map(MyBatisWebhookDeliveries::delivery).toList();
    }

    @Override
    public boolean claim(WebhookDelivery delivery, Instant leaseUntil) {
        return mapper.claimDelivery(delivery.id().toString(), delivery.version(), leaseUntil) == 1;
    }

    @Override
    public boolean update(WebhookDelivery delivery) {
        return mapper.updateDelivery(row(delivery)) == 1;
    }

    @Override
    public List<WebhookDelivery> ofSubscription(UUID subscription, int limit) {
        return mapper.selectDeliveriesOf(subscription.toString(), limit).stream()
                .map(MyBatisWebhookDeliveries::delivery).toList();
    }

    @Override
    public long count(UUID subscription, WebhookDelivery.Status status) {
        return mapper.countByStatus(subscription.toString(), status.name());
    }

    private static DeliveryRow row(WebhookDelivery d) {
        return new DeliveryRow(d.id().toString(), d.subscriptionId().toString(), d.eventId().toString(), d.eventType(),
                d.status().name(), d.attempts(), d.lastResponseCode(), d.lastError(), d.lastAttemptAt(),
                d.nextAttemptAt(), d.createdAt(), d.deliveredAt(), d.version());
    }

    private static WebhookDelivery delivery(DeliveryRow r) {
        return new WebhookDelivery(UUID.fromString(r.id()), UUID.fromString(r.subscriptionId()),
                UUID.fromString(r.eventId()), r.eventType(), WebhookDelivery.Status.valueOf(r.status()), r.attempts(),
                r.lastResponseCode(), r.lastError(), r.lastAttemptAt(), r.nextAttemptAt(), r.createdAt(),
                r.deliveredAt(), r.version());
    }
}
