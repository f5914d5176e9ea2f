-- 培训项目 — the training programmes (Attachment 1 of the notice) and every recorded change to them.
-- Owned by the training module. Money in 万元 as exact DECIMAL; regions, units, offices are directory codes and
-- the plan task is planning's task number, never joined.
CREATE TABLE training_programme (
    id                  CHAR(36)      NOT NULL,
    programme_year      INT           NOT NULL,
    seq                 INT           NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    region_code         VARCHAR(40)   NOT NULL,
    mode                VARCHAR(30)   NOT NULL,
    commission_funding  DECIMAL(12,2) NOT NULL,
    partner_funding     DECIMAL(12,2) NOT NULL,
    partner_name        VARCHAR(100),
    planned_trainees    INT           NOT NULL,
    duration_min        INT           NOT NULL,
    duration_max        INT           NOT NULL,
    duration_unit       VARCHAR(10)   NOT NULL,
    implementing_unit   VARCHAR(40)   NOT NULL,
    coordinating_office VARCHAR(40)   NOT NULL,
    plan_task           INT,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_training_programme PRIMARY KEY (id),
    CONSTRAINT uq_training_programme_seq UNIQUE (programme_year, seq)
);
CREATE INDEX ix_training_programme_region ON training_programme (programme_year, region_code, seq);
CREATE INDEX ix_training_programme_mode ON training_programme (programme_year, mode, seq);
CREATE INDEX ix_training_programme_unit ON training_programme (implementing_unit, programme_year);

CREATE TABLE training_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id CHAR(36)      NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    field_name   VARCHAR(40)   NOT NULL,
    before_text  VARCHAR(1000),
    after_text   VARCHAR(1000),
    CONSTRAINT pk_training_change PRIMARY KEY (id),
    CONSTRAINT fk_training_change_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id)
);
CREATE INDEX ix_training_change_programme ON training_change (programme_id, changed_at);
