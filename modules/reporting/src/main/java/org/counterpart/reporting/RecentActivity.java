package org.counterpart.reporting;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The activity feed, newest first, as the home page shows it. */
@PrimaryPort
public interface RecentActivity {

    int MAX_LIMIT = 100;

    List<Activity> latest(int limit);
}
