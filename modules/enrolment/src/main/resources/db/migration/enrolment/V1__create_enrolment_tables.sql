-- 招生项目 — enrolment programmes, their quotas, students, subsidies, and the record of every change and every
-- reveal of a national ID number. Owned by the enrolment module. Regions, offices and host schools are directory
-- codes, the plan task is planning's task number: never joined. Funding in 万元, subsidies in 元, exact DECIMAL.
CREATE TABLE enrolment_programme (
    id                  CHAR(36)      NOT NULL,
    academic_year       INT           NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    region_code         VARCHAR(40)   NOT NULL,
    plan_task           INT,
    coordinating_office VARCHAR(40)   NOT NULL,
    funding             DECIMAL(12,2) NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_enrolment_programme PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_programme UNIQUE (academic_year, kind, region_code)
);
CREATE INDEX ix_enrolment_programme_region ON enrolment_programme (academic_year, region_code);

-- 招生计划: seats per host school and, where the school plans by major, per major ('' = the school as a whole).
CREATE TABLE enrolment_quota (
    programme_id CHAR(36)    NOT NULL,
    host_school  VARCHAR(40) NOT NULL,
    major        VARCHAR(60) NOT NULL,
    seats        INT         NOT NULL,
    sort_order   INT         NOT NULL,
    CONSTRAINT pk_enrolment_quota PRIMARY KEY (programme_id, host_school, major),
    CONSTRAINT fk_enrolment_quota_programme FOREIGN KEY (programme_id) REFERENCES enrolment_programme (id)
);
CREATE INDEX ix_enrolment_quota_school ON enrolment_quota (host_school, programme_id);

-- Students. The national ID number is never stored as such: national_id_sealed is AES-GCM ciphertext,
-- national_id_lookup an HMAC-SHA256 of it (to find a person twice), national_id_masked what everyone sees.
CREATE TABLE enrolment_student (
    id                  CHAR(36)     NOT NULL,
    programme_id        CHAR(36)     NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    gender              VARCHAR(10)  NOT NULL,
    ethnicity           VARCHAR(20)  NOT NULL,
    national_id_sealed  VARCHAR(200) NOT NULL,
    national_id_lookup  CHAR(64)     NOT NULL,
    national_id_masked  CHAR(18)     NOT NULL,
    region_code         VARCHAR(40)  NOT NULL,
    county              VARCHAR(50),
    poverty             BOOLEAN      NOT NULL,
    host_school         VARCHAR(40)  NOT NULL,
    major               VARCHAR(60),
    cohort_year         INT          NOT NULL,
    stage               VARCHAR(30)  NOT NULL,
    withdrawal_reason   VARCHAR(200),
    over_quota          BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_enrolment_student PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_student_person UNIQUE (programme_id, national_id_lookup),
    CONSTRAINT fk_enrolment_student_programme FOREIGN KEY (programme_id) REFERENCES enrolment_programme (id)
);
CREATE INDEX ix_enrolment_student_school ON enrolment_student (programme_id, host_school, stage);
CREATE INDEX ix_enrolment_student_stage ON enrolment_student (programme_id, stage);

-- 贫困生经费补助: once per student and term.
CREATE TABLE enrolment_subsidy (
    id           CHAR(36)      NOT NULL,
    student_id   CHAR(36)      NOT NULL,
    programme_id CHAR(36)      NOT NULL,
    term_year    INT           NOT NULL,
    term_half    INT           NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    purpose      VARCHAR(200)  NOT NULL,
    granted_by   VARCHAR(100)  NOT NULL,
    granted_at   DATETIME(6)   NOT NULL,
    CONSTRAINT pk_enrolment_subsidy PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_subsidy_term UNIQUE (student_id, term_year, term_half),
    CONSTRAINT fk_enrolment_subsidy_student FOREIGN KEY (student_id) REFERENCES enrolment_student (id),
    CONSTRAINT fk_enrolment_subsidy_programme FOREIGN KEY (programme_id) REFERENCES enrolment_programme (id)
);
CREATE INDEX ix_enrolment_subsidy_programme ON enrolment_subsidy (programme_id);

-- Every change to a programme or a student (subject_id), who made it and when. Only ever inserted into.
CREATE TABLE enrolment_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id CHAR(36)      NOT NULL,
    subject_id   CHAR(36)      NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    field_name   VARCHAR(40)   NOT NULL,
    before_text  VARCHAR(1000),
    after_text   VARCHAR(1000),
    CONSTRAINT pk_enrolment_change PRIMARY KEY (id)
);
CREATE INDEX ix_enrolment_change_subject ON enrolment_change (subject_id, changed_at);

-- Every reveal of a full national ID number: who, when, why. Only ever inserted into.
CREATE TABLE enrolment_id_reveal (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    student_id  CHAR(36)     NOT NULL,
    revealed_by VARCHAR(100) NOT NULL,
    revealed_at DATETIME(6)  NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_enrolment_id_reveal PRIMARY KEY (id)
);
CREATE INDEX ix_enrolment_id_reveal_student ON enrolment_id_reveal (student_id, revealed_at);
