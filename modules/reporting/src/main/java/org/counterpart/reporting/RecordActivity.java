package org.counterpart.reporting;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Appends to the activity feed; driven by the events of the other modules. */
@PrimaryPort
public interface RecordActivity {

    void record(Activity activity);
}
