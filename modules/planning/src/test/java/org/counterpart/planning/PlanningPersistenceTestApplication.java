package org.counterpart.planning;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Boots the planning module's persistence alone, for its adapter tests against the real database. */
@SpringBootApplication
@ComponentScan(basePackages = "org.counterpart.planning.adapter.out.persistence")
class PlanningPersistenceTestApplication {
}
