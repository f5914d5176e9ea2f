-- 信息报送 — information reports, the duties that ask for them, and the reminders. Owned by the reporting module.
-- Instants are DATETIME(6) in UTC; due days are DATE (Shanghai days). References to other modules' work (tasks,
-- programmes) are kept as codes with the name they had, never as keys into their tables.

-- 报送任务: which unit or office reports what, on which task or programme, how often and by when.
CREATE TABLE reporting_duty (
    id             CHAR(36)     NOT NULL,
    duty_year      INT          NOT NULL,
    reporter_type  VARCHAR(10)  NOT NULL,
    reporter_code  VARCHAR(40)  NOT NULL,
    subject_type   VARCHAR(30)  NOT NULL,
    subject_ref    VARCHAR(60)  NOT NULL,
    subject_label  VARCHAR(300) NOT NULL,
    report_kind    VARCHAR(20)  NOT NULL,
    frequency      VARCHAR(20)  NOT NULL,
    days_allowed   INT          NOT NULL,
    due_on         DATE,
    contact_email  VARCHAR(254),
    note           VARCHAR(500),
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_reporting_duty PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_duty_reporter ON reporting_duty (duty_year, reporter_type, reporter_code);

-- 信息: the report; one per duty period at most (ad hoc reports have no duty).
CREATE TABLE reporting_report (
    id                 CHAR(36)     NOT NULL,
    report_kind        VARCHAR(20)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    body               MEDIUMTEXT   NOT NULL,
    reporter_type      VARCHAR(10)  NOT NULL,
    reporter_code      VARCHAR(40)  NOT NULL,
    subject_type       VARCHAR(30),
    subject_ref        VARCHAR(60),
    subject_label      VARCHAR(300),
    duty_id            CHAR(36),
    period_code        VARCHAR(12),
    report_year        INT          NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    first_submitted_at DATETIME(6),
    last_submitted_at  DATETIME(6),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_reporting_report PRIMARY KEY (id),
    CONSTRAINT uq_reporting_report_duty_period UNIQUE (duty_id, period_code)
);
CREATE INDEX ix_reporting_report_reporter ON reporting_report (reporter_type, reporter_code, report_year);
CREATE INDEX ix_reporting_report_status ON reporting_report (status, report_year);

-- Every step of a report's life: who, when, from which state to which, with what comment.
CREATE TABLE reporting_report_transition (
    report_id    CHAR(36)      NOT NULL,
    seq          INT           NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    acted_by     VARCHAR(40)   NOT NULL,
    acted_by_name VARCHAR(100) NOT NULL,
    acted_at     DATETIME(6)   NOT NULL,
    remark       VARCHAR(2000),
    CONSTRAINT pk_reporting_report_transition PRIMARY KEY (report_id, seq),
    CONSTRAINT fk_reporting_report_transition FOREIGN KEY (report_id) REFERENCES reporting_report (id)
);

-- A report's files: what they are here, their bytes apart (so lists never read them). The bytes live in the
-- database, in the same transaction and backup as the report; one file stays below max_allowed_packet.
CREATE TABLE reporting_report_attachment (
    id           CHAR(36)     NOT NULL,
    report_id    CHAR(36)     NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_reporting_report_attachment PRIMARY KEY (id),
    CONSTRAINT fk_reporting_report_attachment FOREIGN KEY (report_id) REFERENCES reporting_report (id)
);
CREATE INDEX ix_reporting_report_attachment_report ON reporting_report_attachment (report_id, uploaded_at);

CREATE TABLE reporting_report_file (
    attachment_id CHAR(36) NOT NULL,
    content       LONGBLOB NOT NULL,
    CONSTRAINT pk_reporting_report_file PRIMARY KEY (attachment_id),
    CONSTRAINT fk_reporting_report_file FOREIGN KEY (attachment_id) REFERENCES reporting_report_attachment (id)
);

-- The daily reminder run: the days it ran (one instance claims a day; the others skip it) and the reminders it
-- made, each once per duty, period and kind.
CREATE TABLE reporting_reminder_run (
    run_date   DATE        NOT NULL,
    started_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_reporting_reminder_run PRIMARY KEY (run_date)
);

CREATE TABLE reporting_reminder (
    id            CHAR(36)     NOT NULL,
    duty_id       CHAR(36)     NOT NULL,
    period_code   VARCHAR(12)  NOT NULL,
    reminder_kind VARCHAR(20)  NOT NULL,
    reporter_type VARCHAR(10)  NOT NULL,
    reporter_code VARCHAR(40)  NOT NULL,
    due_on        DATE         NOT NULL,
    created_on    DATE         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    emailed_to    VARCHAR(254),
    emailed_at    DATETIME(6),
    CONSTRAINT pk_reporting_reminder PRIMARY KEY (id),
    CONSTRAINT uq_reporting_reminder_once UNIQUE (duty_id, period_code, reminder_kind),
    CONSTRAINT fk_reporting_reminder_duty FOREIGN KEY (duty_id) REFERENCES reporting_duty (id)
);
CREATE INDEX ix_reporting_reminder_reporter ON reporting_reminder (reporter_type, reporter_code, due_on);
