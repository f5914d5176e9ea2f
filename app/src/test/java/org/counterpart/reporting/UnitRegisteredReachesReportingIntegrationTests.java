package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitRegistered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A unit registered by the directory's application service reaches the reporting module's listener, through the
 * JDBC event publication registry (the transactional outbox) on the real database. Reporting only listens to the
 * directory's event, so the directory's beans are bootstrapped explicitly.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "directory")
class UnitRegisteredReachesReportingIntegrationTests {

    /** Reporting's direct dependencies (planning, training, enrolment) ask who is signed in; nobody is, here. */
    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    RegisterUnit registerUnit;

    @Autowired
    RecentActivity recentActivity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegisteredUnitAppearsInTheActivityFeedAndItsPublicationCompletes(Scenario scenario) {
        var name = "浦东新区教育局-" + UUID.randomUUID().toString().substring(0, 8);

        scenario.stimulate(() -> registerUnit.register(new RegisterUnitCommand(name, "Pudong Education Bureau",
                UnitKind.EDUCATION_BUREAU)))
                .andWaitForStateChange(() -> subjectsOfRecentActivity(), subjects -> subjects.contains(name))
                .andVerify(subjects -> assertThat(subjects).contains(name));

        // A completed publication is deleted (spring.modulith.events.completion-mode=delete): none is left behind.
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (publicationsOf(name) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(publicationsOf(name)).as("the publication to reporting's listener, completed and removed").isZero();
    }

    private int publicationsOf(String name) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM EVENT_PUBLICATION
                WHERE EVENT_TYPE = ? AND LISTENER_ID LIKE ? AND SERIALIZED_EVENT LIKE ?
                """, Integer.class, UnitRegistered.class.getName(), "%DirectoryEventsListener%", "%" + name + "%");
    }

    @Test
    void theListenerRecordsAnyPublishedUnitRegistered(Scenario scenario) {
        var name = "相关测试单位-" + UUID.randomUUID().toString().substring(0, 8);

        scenario.publish(new UnitRegistered(new org.counterpart.directory.UnitCode("u-test"), name, name, UnitKind.SCHOOL))
                .andWaitForStateChange(() -> subjectsOfRecentActivity(), subjects -> subjects.contains(name))
                .andVerify(subjects -> assertThat(subjects).contains(name));
    }

    private List<String> subjectsOfRecentActivity() {
        return recentActivity.latest(RecentActivity.MAX_LIMIT).stream().map(Activity::subject).toList();
    }
}
