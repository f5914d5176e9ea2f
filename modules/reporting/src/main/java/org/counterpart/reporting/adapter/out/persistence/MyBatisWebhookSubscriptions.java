package org.counterpart.reporting.adapter.out.persistence;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.reporting.adapter.out.persistence.WebhookMapper.SubscriptionRow;
import org.counterpart.reporting.adapter.out.persistence.WebhookMapper.SubscriptionTypeRow;
import org.counterpart.reporting.domain.WebhookSubscription;
import org.counterpart.reporting.domain.WebhookSubscriptions;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisWebhookSubscriptions implements WebhookSubscriptions {

    private final WebhookMapper mapper;

    MyBatisWebhookSubscriptions(WebhookMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(WebhookSubscription s) {
        mapper.insertSubscription(new SubscriptionRow(s.id().toString(), s.url().toString(), s.label(), s.secret(),
                s.createdAt(), s.createdBy()));
        s.eventTypes().forEach(type -> mapper.insertSubscriptionType(s.id().toString(), type));
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return read(id.toString()).stream().findFirst();
    }

    @Override
    public List<WebhookSubscription> all() {
        return read(null);
    }

    @Override
    public boolean remove(UUID id) {
        var key = id.toString();
        mapper.deleteDeliveriesOf(key);
        mapper.deleteSubscriptionTypes(key);
        return mapper.deleteSubscription(key) > 0;
    }

    private List<WebhookSubscription> read(String id) {
        var types = mapper.selectSubscriptionTypes(id).stream().collect(Collectors.groupingBy(
                SubscriptionTypeRow::subscriptionId, Collectors.mapping(SubscriptionTypeRow::eventType,
                        Collectors.toList())));
        return mapper.selectSubscriptions(id).stream().map(row -> new WebhookSubscription(UUID.fromString(row.id()),
                URI.create(row.targetUrl()), types.getOrDefault(row.id(), List.of()), row.label(), row.secret(),
                row.createdAt(), row.createdBy())).toList();
    }
}
