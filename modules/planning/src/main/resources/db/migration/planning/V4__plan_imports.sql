-- Imports of plan files, run as jobs: who asked, how far each has come, how it ended (decision 0013). The tasks are
-- written in the import's own transaction; this row is what every instance sees of it meanwhile. heartbeat_at moves
-- with every step, so an import whose instance went away reads as interrupted. problems is JSON: why it was refused.
CREATE TABLE planning_import (
    id           CHAR(36)     NOT NULL,
    plan_year    INT          NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    row_count    INT          NOT NULL,
    written      INT          NOT NULL,
    added        INT          NOT NULL,
    updated      INT          NOT NULL,
    unchanged    INT          NOT NULL,
    problems     MEDIUMTEXT,
    started_at   DATETIME(6)  NOT NULL,
    heartbeat_at DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6),
    CONSTRAINT pk_planning_import PRIMARY KEY (id)
);
CREATE INDEX ix_planning_import_year ON planning_import (plan_year, started_at);
