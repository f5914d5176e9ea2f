-- Money of a programme: budget lines (what each kind of cost may take, in 万元) and the spending recorded against
-- them. Spending beyond a line's budget carries its reason and is flagged. Owned by the training module.
CREATE TABLE training_budget_line (
    id           CHAR(36)      NOT NULL,
    programme_id CHAR(36)      NOT NULL,
    category     VARCHAR(50)   NOT NULL,
    planned      DECIMAL(12,2) NOT NULL,
    CONSTRAINT pk_training_budget_line PRIMARY KEY (id),
    CONSTRAINT uq_training_budget_line UNIQUE (programme_id, category),
    CONSTRAINT fk_training_budget_line_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id)
);

CREATE TABLE training_spending (
    id                 CHAR(36)      NOT NULL,
    programme_id       CHAR(36)      NOT NULL,
    line_id            CHAR(36)      NOT NULL,
    spent_on           DATE          NOT NULL,
    amount             DECIMAL(12,2) NOT NULL,
    description        VARCHAR(200)  NOT NULL,
    over_budget_reason VARCHAR(500),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT pk_training_spending PRIMARY KEY (id),
    CONSTRAINT fk_training_spending_line FOREIGN KEY (line_id) REFERENCES training_budget_line (id)
);
CREATE INDEX ix_training_spending_programme ON training_spending (programme_id, spent_on);
