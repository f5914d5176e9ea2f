-- What the year's completeness was last counted from: a token drawn afresh whenever a duty or report is added,
-- changed or removed. A count kept beside the token it was made at is still right while the token is the same (a
-- change rolled back leaves the token it found; a new change never draws an old one).
CREATE TABLE reporting_report_changes (
    id    INT       NOT NULL,
    token CHAR(36)  NOT NULL,
    CONSTRAINT pk_reporting_report_changes PRIMARY KEY (id)
);
INSERT INTO reporting_report_changes (id, token) VALUES (1, '00000000-0000-0000-0000-000000000000');
