-- Running a programme: cohorts (班次) with their rosters, attendance per day, completion and certificates.
-- Owned by the training module. A certificate keeps what it certified (names, dates) as issued.
CREATE TABLE training_cohort (
    id           CHAR(36)     NOT NULL,
    programme_id CHAR(36)     NOT NULL,
    name         VARCHAR(100) NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    place        VARCHAR(100) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT pk_training_cohort PRIMARY KEY (id),
    CONSTRAINT fk_training_cohort_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id)
);
CREATE INDEX ix_training_cohort_programme ON training_cohort (programme_id, start_date);

CREATE TABLE training_trainee (
    id           CHAR(36)     NOT NULL,
    cohort_id    CHAR(36)     NOT NULL,
    seq          INT          NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    gender       VARCHAR(10)  NOT NULL,
    ethnicity    VARCHAR(20)  NOT NULL,
    region_text  VARCHAR(50)  NOT NULL,
    organisation VARCHAR(100) NOT NULL,
    post         VARCHAR(50)  NOT NULL,
    phone        VARCHAR(20),
    completed    BOOLEAN      NOT NULL,
    CONSTRAINT pk_training_trainee PRIMARY KEY (id),
    CONSTRAINT fk_training_trainee_cohort FOREIGN KEY (cohort_id) REFERENCES training_cohort (id)
);
CREATE INDEX ix_training_trainee_cohort ON training_trainee (cohort_id, seq);

CREATE TABLE training_attendance (
    trainee_id      CHAR(36) NOT NULL,
    attendance_date DATE     NOT NULL,
    present         BOOLEAN  NOT NULL,
    CONSTRAINT pk_training_attendance PRIMARY KEY (trainee_id, attendance_date),
    CONSTRAINT fk_training_attendance_trainee FOREIGN KEY (trainee_id) REFERENCES training_trainee (id)
);

CREATE TABLE training_certificate (
    code           VARCHAR(40)  NOT NULL,
    trainee_id     CHAR(36)     NOT NULL,
    cohort_id      CHAR(36)     NOT NULL,
    programme_id   CHAR(36)     NOT NULL,
    trainee_name   VARCHAR(50)  NOT NULL,
    programme_name VARCHAR(200) NOT NULL,
    unit_name      VARCHAR(150) NOT NULL,
    place          VARCHAR(100) NOT NULL,
    start_date     DATE         NOT NULL,
    end_date       DATE         NOT NULL,
    issued_on      DATE         NOT NULL,
    CONSTRAINT pk_training_certificate PRIMARY KEY (code),
    CONSTRAINT uq_training_certificate_trainee UNIQUE (trainee_id),
    CONSTRAINT fk_training_certificate_trainee FOREIGN KEY (trainee_id) REFERENCES training_trainee (id)
);
