package org.counterpart.training;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;

/** Boots the training module's persistence alone, for its adapter tests against the real database. */
@SpringBootApplication
@ComponentScan(basePackages = "org.counterpart.training.adapter.out.persistence")
class TrainingPersistenceTestApplication {
}
