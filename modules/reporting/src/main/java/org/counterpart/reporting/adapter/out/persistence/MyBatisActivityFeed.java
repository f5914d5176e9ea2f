package org.counterpart.reporting.adapter.out.persistence;

import java.util.List;

import org.counterpart.reporting.Activity;
import org.counterpart.reporting.adapter.out.persistence.ActivityMapper.ActivityRow;
import org.counterpart.reporting.domain.ActivityFeed;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisActivityFeed implements ActivityFeed {

    private final ActivityMapper mapper;

    MyBatisActivityFeed(ActivityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void append(Activity activity) {
        mapper.insert(new ActivityRow(activity.occurredAt(), activity.kind(), activity.subject(),
                activity.sourceModule()));
    }

    @Override
    public List<Activity> newest(int limit) {
        return mapper.selectNewest(limit).stream()
                .map(r -> new Activity(r.occurredAt(), r.kind(), r.subject(), r.sourceModule()))
                .toList();
    }
}
