-- The daily check for overdue milestones: which days it has run (one instance claims a day; others skip it), and
-- which milestones it has flagged (each is announced once, however many days it stays overdue).
CREATE TABLE planning_job_run (
    job_name   VARCHAR(60) NOT NULL,
    run_date   DATE        NOT NULL,
    started_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_planning_job_run PRIMARY KEY (job_name, run_date)
);

CREATE TABLE planning_milestone_overdue (
    milestone_id CHAR(36) NOT NULL,
    task_id      CHAR(36) NOT NULL,
    flagged_on   DATE     NOT NULL,
    CONSTRAINT pk_planning_milestone_overdue PRIMARY KEY (milestone_id)
);
