package org.counterpart.reporting.adapter.out.persistence;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.adapter.out.persistence.WebhookMapper.EventRow;
import org.counterpart.reporting.domain.IntegrationEventLog;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisIntegrationEventLog implements IntegrationEventLog {

    private final WebhookMapper mapper;
    private final Clock clock;

    MyBatisIntegrationEventLog(WebhookMapper mapper, Optional<Clock> clock) {
        this.mapper = mapper;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void recordIfAbsent(IntegrationEvent event) {
        if (mapper.countEvent(event.id().toString()) == 0) {
            mapper.insertEvent(new EventRow(event.id().toString(), event.type(), event.source(), event.time(),
                    event.dataSchema(), event.data()), clock.instant());
        }
    }

    @Override
    public Optional<IntegrationEvent> find(UUID id) {
        return Optional.ofNullable(mapper.selectEvent(id.toString())).map(r -> new IntegrationEvent(
                UUID.fromString(r.id()), r.eventType(), r.eventSource(), r.occurredAt(), r.dataSchema(), r.payload()));
    }
}
