package org.counterpart.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the reporting module alone, for its adapter tests against the real database. */
@SpringBootApplication
class ReportingTestApplication {
}
