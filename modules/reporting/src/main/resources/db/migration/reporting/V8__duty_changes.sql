-- 报送任务的修改记录 — who set up, changed or deleted a reporting duty, when, and what changed (issue 8: the audit
-- trail records every change). Kept when the duty is deleted (no foreign key), written only by INSERT: no page or
-- endpoint updates or deletes it.
CREATE TABLE reporting_duty_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    duty_id     CHAR(36)     NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    field_name  VARCHAR(40)  NOT NULL,
    before_text VARCHAR(1000),
    after_text  VARCHAR(1000),
    CONSTRAINT pk_reporting_duty_change PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_duty_change_duty ON reporting_duty_change (duty_id, changed_at);
