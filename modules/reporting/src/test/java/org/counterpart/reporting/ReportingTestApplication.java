package org.counterpart.reporting;

import static org.mockito.Mockito.mock;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.enrolment.EnrolmentProgrammeQueries;
import org.counterpart.planning.PlanQueries;
import org.counterpart.training.ProgrammeQueries;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the reporting module alone, for its adapter tests against the real database and broker. The other modules
 * are outside such a test: the ports of theirs that reporting's services take are stand-ins here (the application's
 * tests run them for real).
 */
@SpringBootApplication
class ReportingTestApplication {

    @Bean
    PlanQueries planQueries() {
        return mock(PlanQueries.class);
    }

    @Bean
    ProgrammeQueries programmeQueries() {
        return mock(ProgrammeQueries.class);
    }

    @Bean
    EnrolmentProgrammeQueries enrolmentProgrammeQueries() {
        return mock(EnrolmentProgrammeQueries.class);
    }

    @Bean
    CurrentUser currentUser() {
        return mock(CurrentUser.class);
    }

    @Bean
    Directory directory() {
        return mock(Directory.class);
    }
}
