-- 联系电话查看记录 — each time a cohort's roster was shown with its trainees' phone numbers (personal data), to whom
-- (display name and user name), when and how many numbers (issue 8: every reveal of personal data is recorded).
-- Written only by INSERT; the commission office reads it on the cohort's page.
CREATE TABLE training_phone_reveal (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    cohort_id   CHAR(36)     NOT NULL,
    revealed_at DATETIME(6)  NOT NULL,
    revealed_by VARCHAR(100) NOT NULL,
    username    VARCHAR(100) NOT NULL,
    phones      INT          NOT NULL,
    CONSTRAINT pk_training_phone_reveal PRIMARY KEY (id)
);
CREATE INDEX ix_training_phone_reveal_cohort ON training_phone_reveal (cohort_id, revealed_at);
