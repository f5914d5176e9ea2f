-- 任务规划 — the years' plans and their tasks, with milestones, progress and every recorded change.
-- Owned by the planning module. Offices, units and regions are the directory's codes, never joined.
-- Instants are DATETIME(6) in UTC; dates are DATE.

CREATE TABLE planning_plan (
    plan_year     INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    notice_number VARCHAR(100),
    notice_date   DATE,
    CONSTRAINT pk_planning_plan PRIMARY KEY (plan_year)
);

CREATE TABLE planning_task (
    id                  CHAR(36)      NOT NULL,
    plan_year           INT           NOT NULL,
    task_number         INT           NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    lead_office         VARCHAR(40)   NOT NULL,
    and_other_offices   BOOLEAN       NOT NULL,
    requirements        VARCHAR(4000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    status_before_delay VARCHAR(20),
    status_reason       VARCHAR(500),
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_planning_task PRIMARY KEY (id),
    CONSTRAINT uq_planning_task_number UNIQUE (plan_year, task_number),
    CONSTRAINT fk_planning_task_plan FOREIGN KEY (plan_year) REFERENCES planning_plan (plan_year)
);
CREATE INDEX ix_planning_task_status ON planning_task (plan_year, status, task_number);
CREATE INDEX ix_planning_task_lead ON planning_task (lead_office, plan_year);

-- What a task lists, in the table's order, one row per entry: its regions (kind R), the finer places its text
-- names (P), the co-responsible offices (O; the lead office is on the task), the undertaking units (U) and the
-- agreements and plans its requirements refer to (T, the 《…》 titles).
CREATE TABLE planning_task_value (
    task_id     CHAR(36)     NOT NULL,
    kind        CHAR(1)      NOT NULL,
    seq         INT          NOT NULL,
    entry_value VARCHAR(300) NOT NULL,
    CONSTRAINT pk_planning_task_value PRIMARY KEY (task_id, kind, seq),
    CONSTRAINT fk_planning_task_value_task FOREIGN KEY (task_id) REFERENCES planning_task (id)
);
CREATE INDEX ix_planning_task_value_lookup ON planning_task_value (kind, entry_value, task_id);

CREATE TABLE planning_milestone (
    id         CHAR(36)     NOT NULL,
    task_id    CHAR(36)     NOT NULL,
    title      VARCHAR(200) NOT NULL,
    due_date   DATE         NOT NULL,
    reached_on DATE,
    CONSTRAINT pk_planning_milestone PRIMARY KEY (id),
    CONSTRAINT fk_planning_milestone_task FOREIGN KEY (task_id) REFERENCES planning_task (id)
);
CREATE INDEX ix_planning_milestone_open ON planning_milestone (reached_on, due_date, task_id);
CREATE INDEX ix_planning_milestone_task ON planning_milestone (task_id, due_date);

CREATE TABLE planning_progress (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    task_id    CHAR(36)      NOT NULL,
    entry_date DATE          NOT NULL,
    author     VARCHAR(100)  NOT NULL,
    entry_text VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_planning_progress PRIMARY KEY (id),
    CONSTRAINT fk_planning_progress_task FOREIGN KEY (task_id) REFERENCES planning_task (id)
);
CREATE INDEX ix_planning_progress_task ON planning_progress (task_id, entry_date);

CREATE TABLE planning_task_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    task_id     CHAR(36)      NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    changed_by  VARCHAR(100)  NOT NULL,
    field_name  VARCHAR(40)   NOT NULL,
    before_text VARCHAR(4000),
    after_text  VARCHAR(4000),
    CONSTRAINT pk_planning_task_change PRIMARY KEY (id),
    CONSTRAINT fk_planning_task_change_task FOREIGN KEY (task_id) REFERENCES planning_task (id)
);
CREATE INDEX ix_planning_task_change_task ON planning_task_change (task_id, changed_at);
