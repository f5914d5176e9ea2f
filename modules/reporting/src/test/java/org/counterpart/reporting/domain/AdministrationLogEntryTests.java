package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;
import org.junit.jupiter.api.Test;

/** An entry of the administration log: who started it (the application itself when nobody did), what came of it. */
class AdministrationLogEntryTests {

    static final Instant AT = Instant.parse("2018-08-13T02:00:00Z");

    @Test
    void namesTheUserByDisplayNameAndUserName() {
        var admin = new UserContext("admin", "委办公室（信息办）", Role.ADMIN, null, null);

        assertThat(AdministrationLog.Entry.of(AT, AdministrationLog.STATISTICS_REBUILD, Optional.of(admin), "replayed=3"))
                .isEqualTo(new AdministrationLog.Entry(AT, "statistics-rebuild", "委办公室（信息办）", "admin", "replayed=3"));
    }

    @Test
    void withoutAUserItIsTheSystemAndALongOutcomeIsCutToWhatIsKept() {
        var entry = AdministrationLog.Entry.of(AT, AdministrationLog.WEBHOOK_SUBSCRIBE, Optional.empty(),
                "url=" + "x".repeat(600));

        assertThat(entry.byName()).isEqualTo("system");
        assertThat(entry.username()).isEqualTo("system");
        assertThat(entry.outcome()).hasSize(500).startsWith("url=xxx");
    }
}
