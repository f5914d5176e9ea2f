package org.counterpart.enrolment;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;

/** Boots the enrolment module's persistence and ID vault alone, for its adapter tests against the real database. */
@SpringBootApplication
@ComponentScan(basePackages = { "org.counterpart.enrolment.adapter.out.persistence",
        "org.counterpart.enrolment.adapter.out.crypto" })
class EnrolmentPersistenceTestApplication {
}
