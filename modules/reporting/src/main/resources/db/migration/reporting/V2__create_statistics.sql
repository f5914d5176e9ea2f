-- 年度统计 — the year's statistics, kept from the other modules' events. Owned by the reporting module.
--
-- reporting_event_log holds every event the statistics received (and the baselines taken from the other modules'
-- published queries), once each, in the order received: the read models below are what replaying it in that order
-- gives, so they can be cleared and rebuilt from it at any time. The read models are facts by year, one row per
-- fact an event states; the figures are summed from them when asked for, so events may arrive in any order.
-- Money in 万元 (subsidies in 元) as exact DECIMAL; instants DATETIME(6) in UTC; regions, offices, units are
-- directory codes and ids are the other modules' ids, never joined to their tables.
CREATE TABLE reporting_event_log (
    seq          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)      NOT NULL,
    event_type   VARCHAR(80)   NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    fact_year    INT,
    payload      VARCHAR(8000) NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_reporting_event_log PRIMARY KEY (seq),
    CONSTRAINT uq_reporting_event_log_event UNIQUE (event_id)
);
CREATE INDEX ix_reporting_event_log_source ON reporting_event_log (source, fact_year);

-- One row: taken FOR UPDATE by whoever writes the statistics, so that events, baselines and a rebuild happen one
-- after the other; it also records the last rebuild.
CREATE TABLE reporting_stat_replay (
    id           INT           NOT NULL,
    rebuilt_at   DATETIME(6),
    replayed     BIGINT        NOT NULL,
    skipped      BIGINT        NOT NULL,
    CONSTRAINT pk_reporting_stat_replay PRIMARY KEY (id)
);
INSERT INTO reporting_stat_replay (id, rebuilt_at, replayed, skipped) VALUES (1, NULL, 0, 0);

-- 任务: a task of a year's plan, its partner regions and lead office (TaskPlanned).
CREATE TABLE reporting_stat_task (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq      BIGINT        NOT NULL,
    task_id      CHAR(36)      NOT NULL,
    plan_year    INT           NOT NULL,
    task_number  INT           NOT NULL,
    lead_office  VARCHAR(40),
    region_codes VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_reporting_stat_task PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_task_year ON reporting_stat_task (plan_year, log_seq);

-- A task's status from a moment on (TaskStatusChanged); the latest moment holds.
CREATE TABLE reporting_stat_task_status (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq      BIGINT        NOT NULL,
    task_id      CHAR(36)      NOT NULL,
    plan_year    INT           NOT NULL,
    task_number  INT           NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    status_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_reporting_stat_task_status PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_task_status_year ON reporting_stat_task_status (plan_year, log_seq);

-- A milestone flagged overdue (MilestoneOverdue) or reached (MilestoneReached).
CREATE TABLE reporting_stat_milestone (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq      BIGINT        NOT NULL,
    milestone_id CHAR(36)      NOT NULL,
    task_id      CHAR(36)      NOT NULL,
    plan_year    INT           NOT NULL,
    task_number  INT           NOT NULL,
    due_on       DATE          NOT NULL,
    overdue      BOOLEAN       NOT NULL,
    reached_on   DATE,
    CONSTRAINT pk_reporting_stat_milestone PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_milestone_year ON reporting_stat_milestone (plan_year, log_seq);

-- 培训项目: a programme's region, mode and unit (planned) and its funding and planned trainees (planned or
-- changed); the latest row holds the figures, the planned row the dimensions.
CREATE TABLE reporting_stat_training (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq            BIGINT        NOT NULL,
    programme_id       CHAR(36)      NOT NULL,
    programme_year     INT           NOT NULL,
    planned            BOOLEAN       NOT NULL,
    region_code        VARCHAR(40),
    mode               VARCHAR(30),
    implementing_unit  VARCHAR(40),
    commission_funding DECIMAL(12,2) NOT NULL,
    partner_funding    DECIMAL(12,2) NOT NULL,
    planned_trainees   INT           NOT NULL,
    CONSTRAINT pk_reporting_stat_training PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_training_year ON reporting_stat_training (programme_year, log_seq);
CREATE INDEX ix_reporting_stat_training_programme ON reporting_stat_training (programme_id);

-- A cohort started (trainees on its roster), completed (trained, completed) or a certificate issued.
CREATE TABLE reporting_stat_training_cohort (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq      BIGINT        NOT NULL,
    cohort_id    CHAR(36)      NOT NULL,
    programme_id CHAR(36)      NOT NULL,
    happening    VARCHAR(20)   NOT NULL,
    trainees     INT           NOT NULL,
    completed    INT           NOT NULL,
    CONSTRAINT pk_reporting_stat_training_cohort PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_training_cohort_programme ON reporting_stat_training_cohort (programme_id, log_seq);

-- Spending recorded against a programme (万元), and spending beyond a budget line.
CREATE TABLE reporting_stat_training_spending (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq      BIGINT        NOT NULL,
    programme_id CHAR(36)      NOT NULL,
    amount       DECIMAL(14,2) NOT NULL,
    over_budget  BOOLEAN       NOT NULL,
    CONSTRAINT pk_reporting_stat_training_spending PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_training_spending_programme ON reporting_stat_training_spending (programme_id);

-- 招生项目: a programme's kind and source region (planned) and its quota and funding (planned or revised).
CREATE TABLE reporting_stat_enrolment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq       BIGINT        NOT NULL,
    programme_id  CHAR(36)      NOT NULL,
    academic_year INT           NOT NULL,
    planned       BOOLEAN       NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    region_code   VARCHAR(40),
    quota         INT           NOT NULL,
    funding       DECIMAL(12,2) NOT NULL,
    CONSTRAINT pk_reporting_stat_enrolment PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_enrolment_year ON reporting_stat_enrolment (academic_year, log_seq);

-- Students of a programme and source region moving into a stage (+) or out of one (-); counts only, never who.
CREATE TABLE reporting_stat_students (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq       BIGINT        NOT NULL,
    programme_id  CHAR(36)      NOT NULL,
    academic_year INT           NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    region_code   VARCHAR(40)   NOT NULL,
    stage         VARCHAR(30)   NOT NULL,
    students      INT           NOT NULL,
    CONSTRAINT pk_reporting_stat_students PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_students_year ON reporting_stat_students (academic_year, log_seq);

-- 贫困生经费补助 granted (元), by the students' source region; never who.
CREATE TABLE reporting_stat_subsidy (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    log_seq       BIGINT        NOT NULL,
    programme_id  CHAR(36),
    academic_year INT           NOT NULL,
    region_code   VARCHAR(40)   NOT NULL,
    grants        INT           NOT NULL,
    amount        DECIMAL(14,2) NOT NULL,
    CONSTRAINT pk_reporting_stat_subsidy PRIMARY KEY (id)
);
CREATE INDEX ix_reporting_stat_subsidy_year ON reporting_stat_subsidy (academic_year, log_seq);
