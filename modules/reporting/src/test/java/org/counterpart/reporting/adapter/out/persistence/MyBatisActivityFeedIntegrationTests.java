package org.counterpart.reporting.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.counterpart.reporting.Activity;
import org.counterpart.reporting.domain.ActivityFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The activity feed against the real MySQL-compatible server. */
@SpringBootTest
@Transactional
class MyBatisActivityFeedIntegrationTests {

    @Autowired
    ActivityFeed feed;

    @Test
    void readsTheNewestFirstWithTheirTimesIntact() {
        // Far in the future, so that whatever else the shared test database holds comes after these.
        var earlier = Instant.parse("2099-01-01T08:00:00Z");
        var later = earlier.plus(5, ChronoUnit.MINUTES);
        var first = "较早-" + UUID.randomUUID();
        var second = "较晚-" + UUID.randomUUID();

        feed.append(new Activity(earlier, "unit-registered", first, "directory"));
        feed.append(new Activity(later, "unit-registered", second, "directory"));

        assertThat(feed.newest(2)).containsExactly(new Activity(later, "unit-registered", second, "directory"),
                new Activity(earlier, "unit-registered", first, "directory"));
    }

    @Test
    void returnsNoMoreThanAskedFor() {
        for (int i = 0; i < 3; i++) {
            feed.append(new Activity(Instant.parse("2098-06-01T00:00:00Z").plusSeconds(i), "unit-registered",
                    "单位" + i, "directory"));
        }

        assertThat(feed.newest(2)).hasSize(2);
    }
}
