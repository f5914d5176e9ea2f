package org.counterpart.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;

/**
 * Boots the reporting module's persistence alone, for its adapter tests against the real database. The services
 * need other modules' ports (planning, training, enrolment, the signed-in user), which the application tests give.
 */
@SpringBootApplication
@ComponentScan(basePackages = "org.counterpart.reporting.adapter.out.persistence")
class ReportingTestApplication {
}
