package org.counterpart.reporting.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;

class IntegrationBrokerConfigurationTests {

    @Test
    void theSenderIsGivenEveryNodeOfAClusterTheApplicationsConnectionFactoryWasBuiltFrom() {
        var cluster = details(new RabbitConnectionDetails.Address("rabbit-1", 5672),
                new RabbitConnectionDetails.Address("rabbit-2", 5673));

        assertThat(IntegrationBrokerConfiguration.clusterAddresses(new CachingConnectionFactory("rabbit-1", 5672),
                cluster)).containsExactly("rabbit-1:5672", "rabbit-2:5673");
    }

    @Test
    void oneNodeOrAConnectionFactoryOfItsOwnIsFollowedAsItIs() {
        var one = details(new RabbitConnectionDetails.Address("rabbit-1", 5672));
        var cluster = details(new RabbitConnectionDetails.Address("rabbit-1", 5672),
                new RabbitConnectionDetails.Address("rabbit-2", 5672));

        assertThat(IntegrationBrokerConfiguration.clusterAddresses(new CachingConnectionFactory("rabbit-1", 5672), one))
                .isEmpty();
        assertThat(IntegrationBrokerConfiguration.clusterAddresses(new CachingConnectionFactory("proxy", 15672),
                cluster)).isEmpty();
        assertThat(IntegrationBrokerConfiguration.clusterAddresses(new CachingConnectionFactory("rabbit-1", 5672),
                null)).isEmpty();
    }

    private static RabbitConnectionDetails details(RabbitConnectionDetails.Address... addresses) {
        return () -> List.of(addresses);
    }
}
