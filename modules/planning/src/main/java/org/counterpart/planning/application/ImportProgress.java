package org.counterpart.planning.application;

/** What an import tells as it goes: how many task rows its file holds, then how many of them it has written. */
interface ImportProgress {

    /** Nobody follows this import: it runs in its caller's transaction and is seen when that commits. */
    ImportProgress UNFOLLOWED = new ImportProgress() {

        @Override
        public void checked(int rows) {
        }

        @Override
        public void written(int tasks) {
        }
    };

    /** Every row is read and checked: this many tasks to add, update or leave. */
    void checked(int rows);

    /** This many tasks added or updated so far. */
    void written(int tasks);
}
