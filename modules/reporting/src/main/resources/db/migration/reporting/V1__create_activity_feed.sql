-- 最近动态 — the activity feed, kept from the other modules' events. Owned by the reporting module.
-- Instants are DATETIME in UTC (Connector/J: connectionTimeZone=UTC), not TIMESTAMP, which ends in 2038.
CREATE TABLE reporting_activity (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)  NOT NULL,
    kind          VARCHAR(60)  NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    source_module VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_reporting_activity PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_activity_newest ON reporting_activity (occurred_at, id);
