-- 账户 — who may sign in. Owned by the accounts module. Passwords are stored only as BCrypt hashes.
CREATE TABLE accounts_user_account (
    username      VARCHAR(40)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    office_code   VARCHAR(40),
    unit_code     VARCHAR(40),
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_accounts_user_account PRIMARY KEY (username)
);
CREATE INDEX ix_accounts_user_account_role ON accounts_user_account (role, enabled);
