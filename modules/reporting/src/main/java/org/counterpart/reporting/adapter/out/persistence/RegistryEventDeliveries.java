package org.counterpart.reporting.adapter.out.persistence;

import org.counterpart.reporting.domain.EventDeliveries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Asks Spring Modulith's JDBC event publication registry, in its table {@code EVENT_PUBLICATION} (no module's), which
 * publications are not completed: the registry's own query for them is not part of its published API. Read only.
 * Publications marked failed do not count: the registry tries them again only at the next start (when they count
 * again), and one that fails for good must not hold the baseline up at every start.
 */
@Repository
class RegistryEventDeliveries implements EventDeliveries {

    private final JdbcTemplate jdbc;

    RegistryEventDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean anyOutstanding(String listenerPrefix) {
        var outstanding = jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE ? "
                        + "AND (STATUS IS NULL OR STATUS <> 'FAILED')",
                Long.class, listenerPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
        return outstanding != null && outstanding > 0;
    }
}
