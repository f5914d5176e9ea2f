-- 管理操作记录 — what the commission office's administrators started by hand on the integration and the statistics:
-- rebuilding the statistics from their event log, resubmitting the event publications that have not completed,
-- adding and removing webhook subscriptions, redelivering one. Who (display name and user name), when, what came of
-- it (issue 8: the audit trail records every change). Written only by INSERT.
CREATE TABLE reporting_administration_log (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    action    VARCHAR(40)  NOT NULL,
    done_at   DATETIME(6)  NOT NULL,
    done_by   VARCHAR(100) NOT NULL,
    username  VARCHAR(100) NOT NULL,
    outcome   VARCHAR(500),
    CONSTRAINT pk_reporting_administration_log PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_administration_log_at ON reporting_administration_log (done_at);
