-- Wrong tries of names that are no enabled account, paused like an account's (so that a pause tells nothing), kept
-- in the database so that every instance behind a load balancer counts and pauses them alike. The name is kept only
-- as a keyed hash (HMAC-SHA-256 under the session key): whatever someone typed as a user name is not stored.
-- Rows whose run and pause are over are deleted as new ones come.
CREATE TABLE accounts_sign_in_failure_without_account (
    name_key               CHAR(64)    NOT NULL,
    failed_sign_ins        INT         NOT NULL,
    last_failed_sign_in_at DATETIME(6) NULL,
    sign_in_paused_until   DATETIME(6) NULL,
    CONSTRAINT pk_accounts_sign_in_failure_without_account PRIMARY KEY (name_key)
);
CREATE INDEX ix_accounts_sign_in_failure_without_account_last
    ON accounts_sign_in_failure_without_account (last_failed_sign_in_at);
