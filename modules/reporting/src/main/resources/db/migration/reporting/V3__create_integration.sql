-- Events for downstream systems (issue 6): webhook subscriptions, their deliveries, and the events the deliveries
-- send, kept as first translated. The RabbitMQ channel needs no table: its outbox is Spring Modulith's
-- EVENT_PUBLICATION. Depends on no other reporting migration. Instants are DATETIME(6) in UTC.
CREATE TABLE reporting_webhook_subscription (
    id          VARCHAR(36)   NOT NULL,
    target_url  VARCHAR(2000) NOT NULL,
    label       VARCHAR(200)  NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_reporting_webhook_subscription PRIMARY KEY (id)
);

CREATE TABLE reporting_webhook_subscription_type (
    subscription_id VARCHAR(36)  NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_reporting_webhook_subscription_type PRIMARY KEY (subscription_id, event_type),
    CONSTRAINT fk_reporting_webhook_subscription_type FOREIGN KEY (subscription_id)
        REFERENCES reporting_webhook_subscription (id)
);

CREATE TABLE reporting_integration_event (
    id           VARCHAR(36)   NOT NULL,
    event_type   VARCHAR(200)  NOT NULL,
    event_source VARCHAR(200)  NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    data_schema  VARCHAR(500)  NOT NULL,
    payload      VARCHAR(4000) NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_reporting_integration_event PRIMARY KEY (id)
);

CREATE TABLE reporting_webhook_delivery (
    id                 VARCHAR(36)  NOT NULL,
    subscription_id    VARCHAR(36)  NOT NULL,
    event_id           VARCHAR(36)  NOT NULL,
    event_type         VARCHAR(200) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    attempts           INT          NOT NULL,
    last_response_code INT          NULL,
    last_error         VARCHAR(500) NULL,
    last_attempt_at    DATETIME(6)  NULL,
    next_attempt_at    DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    delivered_at       DATETIME(6)  NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_reporting_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uq_reporting_webhook_delivery_event UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_reporting_webhook_delivery_subscription FOREIGN KEY (subscription_id)
        REFERENCES reporting_webhook_subscription (id),
    CONSTRAINT fk_reporting_webhook_delivery_event FOREIGN KEY (event_id)
        REFERENCES reporting_integration_event (id)
);
CREATE INDEX ix_reporting_webhook_delivery_due ON reporting_webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_reporting_webhook_delivery_log ON reporting_webhook_delivery (subscription_id, created_at);
