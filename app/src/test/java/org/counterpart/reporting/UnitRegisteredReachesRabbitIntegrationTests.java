package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.UnitKind;
import org.counterpart.testing.NeedsBroker;
import org.counterpart.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole path in the assembled modules: a unit registered by the directory's application service leaves the
 * application as {@code org.counterpart.directory.unit-registered.v1} on the topic exchange, through the event
 * publication registry, bound here to a queue of the test's own by routing key.
 */
@NeedsBroker
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "directory")
class UnitRegisteredReachesRabbitIntegrationTests {

    static final String EXCHANGE = "counterpart.events.test-" + UUID.randomUUID().toString().substring(0, 8);
    static final CachingConnectionFactory CONNECTIONS;
    static final RabbitAdmin ADMIN;

    static {
        var broker = TestServers.broker().orElseThrow();
        CONNECTIONS = new CachingConnectionFactory(broker.host(), broker.port());
        CONNECTIONS.setUsername(broker.username());
        CONNECTIONS.setPassword(broker.password());
        ADMIN = new RabbitAdmin(CONNECTIONS);
        var exchange = new TopicExchange(EXCHANGE, true, false);
        ADMIN.declareExchange(exchange);
        var queue = new Queue(EXCHANGE + ".units", false, true, false);
        ADMIN.declareQueue(queue);
        ADMIN.declareBinding(BindingBuilder.bind(queue).to(exchange).with("directory.unit-registered.*"));
    }

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("counterpart.reporting.integration.broker.exchange", () -> EXCHANGE);
    }

    @AfterAll
    static void removeExchange() {
        ADMIN.deleteExchange(EXCHANGE);
        CONNECTIONS.destroy();
    }

    /** Reporting's direct dependencies (planning, training, enrolment) take who is acting; nobody is here. */
    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    RegisterUnit registerUnit;

    @Test
    void aRegisteredUnitLeavesTheApplicationAsAVersionedCloudEvent() {
        var name = "徐汇区教育局-" + UUID.randomUUID().toString().substring(0, 8);

        var unit = registerUnit.register(new RegisterUnitCommand(name, "Xuhui Education Bureau",
                UnitKind.EDUCATION_BUREAU));

        var template = new RabbitTemplate(CONNECTIONS);
        Message found = null;
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (found == null && Instant.now().isBefore(deadline)) {
            var message = template.receive(EXCHANGE + ".units", 500);
            if (message != null && new String(message.getBody(), StandardCharsets.UTF_8).contains(name)) {
                found = message;
            }
        }
        assertThat(found).as("the unit's event on the exchange").isNotNull();
        assertThat(new String(found.getBody(), StandardCharsets.UTF_8)).isEqualTo("""
                {"unitCode":"%s","nameZh":"%s","nameEn":"Xuhui Education Bureau","kind":"EDUCATION_BUREAU"}"""
                .formatted(unit.code().value(), name));
        assertThat(found.getMessageProperties().getReceivedRoutingKey()).isEqualTo("directory.unit-registered.v1");
        assertThat(found.getMessageProperties().<String>getHeader("cloudEvents:type"))
                .isEqualTo("org.counterpart.directory.unit-registered.v1");
        assertThat(found.getMessageProperties().<String>getHeader("cloudEvents:source")).isEqualTo("/counterpart/directory");
    }
}
