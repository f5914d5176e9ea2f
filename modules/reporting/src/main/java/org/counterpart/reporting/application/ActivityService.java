package org.counterpart.reporting.application;

import java.util.List;
import java.util.Objects;

import org.counterpart.reporting.Activity;
import org.counterpart.reporting.RecentActivity;
import org.counterpart.reporting.RecordActivity;
import org.counterpart.reporting.domain.ActivityFeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ActivityService implements RecentActivity, RecordActivity {

    private final ActivityFeed feed;

    ActivityService(ActivityFeed feed) {
        this.feed = feed;
    }

    @Override
    @Transactional
    public void record(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        feed.append(activity);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> latest(int limit) {
        return feed.newest(Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
