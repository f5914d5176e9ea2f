package org.counterpart.reporting.domain;

import java.util.List;

import org.counterpart.reporting.Activity;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where the activity feed is kept: appended to, read newest first. */
@SecondaryPort
public interface ActivityFeed {

    void append(Activity activity);

    List<Activity> newest(int limit);
}
