package org.counterpart.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the tests' servers are chosen on a machine without Docker. */
class TestServersTests {

    final Map<String, String> env = new HashMap<>();
    Function<String, String> realEnvironment;
    BooleanSupplier realDockerCheck;

    @BeforeEach
    void noDockerAndAnEnvironmentOfOurOwn() {
        realEnvironment = TestServers.environment;
        realDockerCheck = TestServers.dockerCheck;
        TestServers.environment = env::get;
        TestServers.dockerCheck = () -> false;
        TestServers.reset();
    }

    @AfterEach
    void restore() {
        TestServers.environment = realEnvironment;
        TestServers.dockerCheck = realDockerCheck;
        TestServers.reset();
    }

    @Test
    void usesTheDatabaseTheEnvironmentNames() {
        env.put("COUNTERPART_TEST_DB_URL", "jdbc:mysql://db.test:3306/counterpart_test");
        env.put("COUNTERPART_TEST_DB_USERNAME", "tester");

        var database = TestServers.database();

        assertThat(database.url()).isEqualTo("jdbc:mysql://db.test:3306/counterpart_test");
        assertThat(database.username()).isEqualTo("tester");
        assertThat(database.password()).isEmpty();
        assertThat(database.isEmbedded()).isFalse();
    }

    @Test
    void fallsBackToH2InMySqlModeOnlyWhenNotRequired() {
        assertThat(TestServers.database().isEmbedded()).isTrue();
        assertThat(TestServers.database().url()).contains("MODE=MySQL");
    }

    @Test
    void refusesToFallBackWhenARealDatabaseIsRequired() {
        env.put("COUNTERPART_TEST_DB_REQUIRED", "true");

        assertThatIllegalStateException().isThrownBy(TestServers::database)
                .withMessageContaining("COUNTERPART_TEST_DB_URL");
    }

    @Test
    void hasNoBrokerWhenNoneIsNamedAndNoneRequired() {
        assertThat(TestServers.broker()).isEmpty();
        assertThat(TestServers.springProperties()).containsEntry("management.health.rabbit.enabled", false);
    }

    @Test
    void refusesToRunWithoutABrokerWhenOneIsRequired() {
        env.put("COUNTERPART_TEST_RABBIT_REQUIRED", "true");

        assertThatIllegalStateException().isThrownBy(TestServers::broker)
                .withMessageContaining("COUNTERPART_TEST_RABBIT_HOST");
    }

    @Test
    void refusesARequiredBrokerThatDoesNotAnswer() {
        env.put("COUNTERPART_TEST_RABBIT_HOST", "127.0.0.1");
        env.put("COUNTERPART_TEST_RABBIT_PORT", "1");
        env.put("COUNTERPART_TEST_RABBIT_REQUIRED", "true");

        assertThatIllegalStateException().isThrownBy(TestServers::broker).withMessageContaining("does not answer");
    }

    @Test
    void pointsSpringAtTheNamedBroker() {
        env.put("COUNTERPART_TEST_RABBIT_HOST", "broker.test");
        env.put("COUNTERPART_TEST_RABBIT_PORT", "5673");

        assertThat(TestServers.springProperties()).containsEntry("spring.rabbitmq.host", "broker.test")
                .containsEntry("spring.rabbitmq.port", 5673).containsEntry("management.health.rabbit.enabled", true);
    }
}
