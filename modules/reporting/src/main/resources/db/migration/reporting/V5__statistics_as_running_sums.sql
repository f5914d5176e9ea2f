-- 年度统计 as running sums. The facts by year (one row per fact, summed when read) gave way to what each task,
-- milestone, programme and cohort stands at now and the year's tallies, kept current as facts arrive, so reading a
-- year's figures reads a few hundred sums however much the year holds. The event log stays as it was: the
-- application rebuilds the new read models from it at its first start after this migration (model_version 0).
DROP TABLE reporting_stat_task;
DROP TABLE reporting_stat_task_status;
DROP TABLE reporting_stat_milestone;
DROP TABLE reporting_stat_training;
DROP TABLE reporting_stat_training_cohort;
DROP TABLE reporting_stat_training_spending;
DROP TABLE reporting_stat_enrolment;
DROP TABLE reporting_stat_students;
DROP TABLE reporting_stat_subsidy;

ALTER TABLE reporting_stat_replay ADD COLUMN model_version INT NOT NULL DEFAULT 0;
-- How many events the log holds, counted as each is appended under the write lock (counting a log of millions of
-- rows for every dashboard would read them all).
ALTER TABLE reporting_stat_replay ADD COLUMN logged BIGINT NOT NULL DEFAULT 0;
UPDATE reporting_stat_replay SET logged = (SELECT COUNT(*) FROM reporting_event_log) WHERE id = 1;

-- A task of a year's plan: once planned, its partner regions (codes, comma-separated) and lead office; its latest
-- status and since when (a status may be known before the task is).
CREATE TABLE reporting_stat_task (
    task_id      CHAR(36)      NOT NULL,
    plan_year    INT           NOT NULL,
    task_number  INT           NOT NULL,
    planned      BOOLEAN       NOT NULL,
    region_codes VARCHAR(1000) NOT NULL,
    lead_office  VARCHAR(40),
    status       VARCHAR(20),
    status_at    DATETIME(6),
    CONSTRAINT pk_reporting_stat_task PRIMARY KEY (task_id)
);
CREATE INDEX ix_reporting_stat_task_number ON reporting_stat_task (plan_year, task_number);

-- A milestone flagged overdue (and the day it was due), and the day it was reached.
CREATE TABLE reporting_stat_milestone (
    milestone_id CHAR(36)      NOT NULL,
    task_id      CHAR(36)      NOT NULL,
    plan_year    INT           NOT NULL,
    task_number  INT           NOT NULL,
    due_on       DATE,
    overdue      BOOLEAN       NOT NULL,
    reached_on   DATE,
    CONSTRAINT pk_reporting_stat_milestone PRIMARY KEY (milestone_id)
);
CREATE INDEX ix_reporting_stat_milestone_overdue ON reporting_stat_milestone (plan_year, overdue);

-- 培训项目: once planned, its year, region, mode and unit; its funding (万元) and trainees as planned or last
-- changed; what its cohorts and spending add up to so far.
CREATE TABLE reporting_stat_programme (
    programme_id       CHAR(36)      NOT NULL,
    programme_year     INT,
    planned            BOOLEAN       NOT NULL,
    changed            BOOLEAN       NOT NULL,
    region_code        VARCHAR(40),
    mode               VARCHAR(30),
    implementing_unit  VARCHAR(40),
    commission_funding DECIMAL(12,2) NOT NULL,
    partner_funding    DECIMAL(12,2) NOT NULL,
    planned_trainees   INT           NOT NULL,
    spent              DECIMAL(16,2) NOT NULL,
    in_training        BIGINT        NOT NULL,
    trained            BIGINT        NOT NULL,
    completed          BIGINT        NOT NULL,
    certificates       BIGINT        NOT NULL,
    over_budget        BIGINT        NOT NULL,
    CONSTRAINT pk_reporting_stat_programme PRIMARY KEY (programme_id)
);
CREATE INDEX ix_reporting_stat_programme_year ON reporting_stat_programme (programme_year);

-- A cohort of a programme: the trainees it started with, whether it completed.
CREATE TABLE reporting_stat_cohort (
    cohort_id        CHAR(36)  NOT NULL,
    programme_id     CHAR(36)  NOT NULL,
    started_trainees INT,
    completed        BOOLEAN   NOT NULL,
    CONSTRAINT pk_reporting_stat_cohort PRIMARY KEY (cohort_id)
);

-- 招生项目: once planned, its year, kind and source region; its quota and funding (万元) now.
CREATE TABLE reporting_stat_enrolment_programme (
    programme_id  CHAR(36)      NOT NULL,
    academic_year INT,
    planned       BOOLEAN       NOT NULL,
    revised       BOOLEAN       NOT NULL,
    kind          VARCHAR(40),
    region_code   VARCHAR(40),
    quota         INT           NOT NULL,
    funding       DECIMAL(12,2) NOT NULL,
    CONSTRAINT pk_reporting_stat_enrolment_programme PRIMARY KEY (programme_id)
);
CREATE INDEX ix_reporting_stat_enrolment_programme_year ON reporting_stat_enrolment_programme (academic_year);

-- The running sums: of a year, under the regions or places the facts concern (codes, comma-separated; '' for none),
-- a table (tasks), a key (the lead office zhijiao; '' where there is none) and a measure (IN_PROGRESS, commission,
-- grants …). Counts and amounts alike, exact (万元 for training, 元 for subsidies). Which places lie in which
-- partner region is the directory's when the figures are read.
CREATE TABLE reporting_stat_tally (
    stat_year INT           NOT NULL,
    scope     VARCHAR(400)  NOT NULL,
    tally     VARCHAR(30)   NOT NULL,
    tally_key VARCHAR(60)   NOT NULL,
    measure   VARCHAR(30)   NOT NULL,
    amount    DECIMAL(20,2) NOT NULL,
    CONSTRAINT pk_reporting_stat_tally PRIMARY KEY (stat_year, scope, tally, tally_key, measure)
);
