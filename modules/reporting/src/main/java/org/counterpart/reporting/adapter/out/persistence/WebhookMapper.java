package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * SQL of {@code reporting_webhook_subscription(_type)}, {@code reporting_webhook_delivery} and
 * {@code reporting_integration_event}; the statements are in {@code WebhookMapper.xml}.
 */
@Mapper
interface WebhookMapper {

    record SubscriptionRow(String id, String targetUrl, String label, String secret, Instant createdAt,
            String createdBy) {
    }

    record SubscriptionTypeRow(String subscriptionId, String eventType) {
    }

    record DeliveryRow(String id, String subscriptionId, String eventId, String eventType, String status, int attempts,
            Integer lastResponseCode, String lastError, Instant lastAttemptAt, Instant nextAttemptAt,
            Instant createdAt, Instant deliveredAt, long version) {
    }

    record EventRow(String id, String eventType, String eventSource, Instant occurredAt, String dataSchema,
            String payload) {
    }

    void insertSubscription(@Param("row") SubscriptionRow row);

    void insertSubscriptionType(@Param("subscriptionId") String subscriptionId, @Param("eventType") String eventType);

    List<SubscriptionRow> selectSubscriptions(@Param("id") String id);

    List<SubscriptionTypeRow> selectSubscriptionTypes(@Param("id") String id);

    int deleteDeliveriesOf(@Param("subscriptionId") String subscriptionId);

    int deleteSubscriptionTypes(@Param("subscriptionId") String subscriptionId);

    int deleteSubscription(@Param("id") String id);

    int countDelivery(@Param("subscriptionId") String subscriptionId, @Param("eventId") String eventId);

    void insertDelivery(@Param("row") DeliveryRow row);

    DeliveryRow selectDelivery(@Param("id") String id);

    List<DeliveryRow> selectDue(@Param("now") Instant now, @Param("limit") int limit);

    int claimDelivery(@Param("id") String id, @Param("version") long version, @Param("leaseUntil") Instant leaseUntil);

    int updateDelivery(@Param("row") DeliveryRow row);

    List<DeliveryRow> selectDeliveriesOf(@Param("subscriptionId") String subscriptionId, @Param("limit") int limit);

    long countByStatus(@Param("subscriptionId") String subscriptionId, @Param("status") String status);

    int countEvent(@Param("id") String id);

    void insertEvent(@Param("row") EventRow row, @Param("recordedAt") Instant recordedAt);

    EventRow selectEvent(@Param("id") String id);
}
