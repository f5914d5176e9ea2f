// A downstream system's RabbitMQ consumer for Counterpart's events, with the RabbitMQ Java client only:
//
//     java -cp "$CP" AmqpConsumer.java localhost 5672 guest guest my-system.counterpart \
//          'training.#' 'enrolment.subsidy-granted.v1'
//
// where CP holds amqp-client 5.27.x, slf4j-api 2.x and the Netty 4.2 jars amqp-client 5.27 loads (netty-transport,
// -common, -buffer, -resolver, -handler, -codec-base, -transport-native-unix-common); README.md shows a way to list them.
//
// It declares a durable queue of its own, binds it to the topic exchange counterpart.events with the routing keys
// given (event types without "org.counterpart."; '#' and '*' as in any topic binding), reads the CloudEvents
// attributes from the cloudEvents:* headers, drops a message whose id it has already handled, and acknowledges only
// after handling, so nothing is lost if it stops half-way.
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class AmqpConsumer {

    public static void main(String[] args) throws Exception {
        var factory = new ConnectionFactory();
        factory.setHost(args[0]);
        factory.setPort(Integer.parseInt(args[1]));
        factory.setUsername(args[2]);
        factory.setPassword(args[3]);
        String queue = args[4];
        // A real consumer keeps the ids it handled in its database, in the transaction that handles the event.
        Set<Object> handled = ConcurrentHashMap.newKeySet();

        var connection = factory.newConnection("counterpart-example-consumer");
        var channel = connection.createChannel();
        channel.exchangeDeclare("counterpart.events", "topic", true);
        channel.queueDeclare(queue, true, false, false, null);
        for (int i = 5; i < args.length; i++) {
            channel.queueBind(queue, "counterpart.events", args[i]);
        }
        channel.basicQos(20);
        channel.basicConsume(queue, false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
                    throws java.io.IOException {
                var headers = properties.getHeaders();
                var id = String.valueOf(headers.get("cloudEvents:id"));
                if (handled.add(id)) {
                    System.out.printf("%s %s (%s) from %s at %s, schema %s: %s%n", id, headers.get("cloudEvents:type"),
                            envelope.getRoutingKey(), headers.get("cloudEvents:source"), headers.get("cloudEvents:time"),
                            headers.get("cloudEvents:dataschema"), new String(body, StandardCharsets.UTF_8));
                } else {
                    System.out.println("duplicate " + id + " dropped");
                }
                getChannel().basicAck(envelope.getDeliveryTag(), false);
            }
        });
        System.out.println("Consuming " + queue + "; Ctrl-C to stop");
    }
}
