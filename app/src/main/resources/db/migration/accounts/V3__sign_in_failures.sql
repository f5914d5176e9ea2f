-- 登录限制 — the wrong passwords typed for an account lately, and until when signing in to it is paused (UTC).
-- Kept on the account, read with it at every sign-in; several instances count the same failures.
ALTER TABLE accounts_user_account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE accounts_user_account ADD COLUMN last_failed_sign_in_at DATETIME(6) NULL;
ALTER TABLE accounts_user_account ADD COLUMN sign_in_paused_until DATETIME(6) NULL;
