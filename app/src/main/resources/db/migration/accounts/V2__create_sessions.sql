-- 会话 — the signed-in users' web sessions, kept in the database (Spring Session JDBC) so that any instance of the
-- application serves any request: no sticky sessions behind a load balancer. Owned by the accounts module.
-- Spring Session names the attribute table after the session table with `_ATTRIBUTES` appended, and MariaDB's table
-- names are case sensitive, so both are upper case (spring.session.jdbc.table-name: ACCOUNTS_SESSION).
-- Times are epoch milliseconds, as Spring Session writes them. Attributes are Java-serialized; LONGBLOB because an
-- import waiting for confirmation (a plan, a roster, a student list) stays in the session until it is applied.
CREATE TABLE ACCOUNTS_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT pk_accounts_session PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX ux_accounts_session_id ON ACCOUNTS_SESSION (SESSION_ID);
CREATE INDEX ix_accounts_session_expiry ON ACCOUNTS_SESSION (EXPIRY_TIME);
CREATE INDEX ix_accounts_session_principal ON ACCOUNTS_SESSION (PRINCIPAL_NAME);

CREATE TABLE ACCOUNTS_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    LONGBLOB     NOT NULL,
    CONSTRAINT pk_accounts_session_attributes PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT fk_accounts_session_attributes FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES ACCOUNTS_SESSION (PRIMARY_ID)
        ON DELETE CASCADE
);
