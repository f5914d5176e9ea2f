-- A report's history also records the changes that keep its status (issue 8: the audit trail records every change):
-- its text revised, a file attached or removed. NULL for the status steps recorded until now.
ALTER TABLE reporting_report_transition ADD COLUMN edit_kind VARCHAR(20) NULL;
