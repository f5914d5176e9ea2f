-- Who registered a unit, and when (issue 8: the audit trail records every change). Empty for the units the notice
-- names, loaded with the reference data.
ALTER TABLE directory_unit
    ADD COLUMN registered_by      VARCHAR(100) NULL,
    ADD COLUMN registered_by_user VARCHAR(100) NULL,
    ADD COLUMN registered_at      DATETIME(6)  NULL;
