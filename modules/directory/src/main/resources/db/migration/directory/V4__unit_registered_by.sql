-- Who registered a unit, and when (issue 8: the audit trail records every change). Empty for the units the notice
-- names, loaded with the reference data. One column a statement, as both MySQL and the embedded H2 read it.
ALTER TABLE directory_unit ADD COLUMN registered_by VARCHAR(100) NULL;
ALTER TABLE directory_unit ADD COLUMN registered_by_user VARCHAR(100) NULL;
ALTER TABLE directory_unit ADD COLUMN registered_at DATETIME(6) NULL;
