-- 学生信息查看记录 — each time students' records (names, ethnicity, source region, poverty status, masked ID numbers)
-- were shown: a programme's list, or one student's record. To whom (display name and user name), when, how many
-- (issue 8: every reveal of personal data is recorded; full ID numbers have their own record, enrolment_id_reveal).
-- Written only by INSERT; the commission office reads it on the programme's page.
CREATE TABLE enrolment_student_read (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id CHAR(36)     NOT NULL,
    student_id   CHAR(36)     NULL,
    students     INT          NOT NULL,
    read_at      DATETIME(6)  NOT NULL,
    read_by      VARCHAR(100) NOT NULL,
    username     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_enrolment_student_read PRIMARY KEY (id)
);
CREATE INDEX ix_enrolment_student_read_programme ON enrolment_student_read (programme_id, read_at);
