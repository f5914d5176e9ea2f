-- A plan's revision: advanced, first thing, by every transaction that writes its tasks (their rows, lists and
-- milestones), so that a task list read in the same snapshot as the revision can be kept and served again until the
-- revision moves — on every instance, since the revision is in the database.
ALTER TABLE planning_plan ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
