package org.counterpart.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * RabbitMQ on loopback: a queue of the harness's own bound to the application's exchange (to count what the outbox
 * delivers), and the plain baseline — a {@link RabbitTemplate} with publisher confirms, as the application's sender
 * has, publishing the same number of messages of the same size to an exchange and queue of the harness's own.
 */
final class Broker implements AutoCloseable {

    static final String OUTBOX_QUEUE = "counterpart.bench.outbox";
    static final String PLAIN_EXCHANGE = "counterpart.bench.plain";
    static final String PLAIN_QUEUE = "counterpart.bench.plain";

    final String appExchange;
    private final Connection connection;
    private final Channel channel;

    /**
     * Arrivals by routing key: deliveries, distinct message ids (the outbox delivers at least once: a publication
     * resubmitted before its first delivery was confirmed arrives twice), first arrival and arrival of the last new id
     * (nanoTime).
     */
    final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    final Map<String, java.util.Set<String>> ids = new ConcurrentHashMap<>();
    /** The tasks the task-planned messages were about (their data's taskId): what a consumer would count. */
    final java.util.Set<String> plannedTasks = ConcurrentHashMap.newKeySet();
    volatile long lastNewTask;
    private static final java.util.regex.Pattern TASK_ID = java.util.regex.Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"");
    final Map<String, Long> first = new ConcurrentHashMap<>();
    final Map<String, Long> last = new ConcurrentHashMap<>();
    volatile byte[] sampleBody;
    volatile Map<String, Object> sampleHeaders;
    final AtomicLong plainReceived = new AtomicLong();
    volatile long plainLast;

    Broker(String appExchange) throws Exception {
        this.appExchange = appExchange;
        var factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        connection = factory.newConnection("counterpart-bench");
        channel = connection.createChannel();
        channel.exchangeDeclare(appExchange, "topic", true);
        channel.queueDeclare(OUTBOX_QUEUE, false, false, true, null);
        channel.queueBind(OUTBOX_QUEUE, appExchange, "#");
        channel.basicQos(1000);
        channel.basicConsume(OUTBOX_QUEUE, true, (tag, delivery) -> {
            long now = System.nanoTime();
            var key = delivery.getEnvelope().getRoutingKey();
            counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            var id = delivery.getProperties().getMessageId();
            first.putIfAbsent(key, now);
            if (ids.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id == null ? "" + now : id)) {
                last.put(key, now);
            }
            if (key.startsWith("planning.task-planned")) {
                var task = TASK_ID.matcher(new String(delivery.getBody(), StandardCharsets.UTF_8));
                if (task.find() && plannedTasks.add(task.group(1))) {
                    lastNewTask = now;
                }
            }
            if (sampleBody == null && key.startsWith("planning.task-planned")) {
                sampleHeaders = delivery.getProperties().getHeaders();
                sampleBody = delivery.getBody();
            }
        }, tag -> {
        });
        channel.exchangeDeclare(PLAIN_EXCHANGE, "topic", true);
        channel.queueDeclare(PLAIN_QUEUE, false, false, true, null);
        channel.queueBind(PLAIN_QUEUE, PLAIN_EXCHANGE, "#");
        channel.basicConsume(PLAIN_QUEUE, true, (tag, delivery) -> {
            plainReceived.incrementAndGet();
            plainLast = System.nanoTime();
        }, tag -> {
        });
    }

    /** Distinct messages of the routing key. */
    long count(String key) {
        var c = ids.get(key);
        return c == null ? 0 : c.size();
    }

    long deliveries(String key) {
        var c = counts.get(key);
        return c == null ? 0 : c.get();
    }

    void reset() {
        counts.clear();
        ids.clear();
        plannedTasks.clear();
        first.clear();
        last.clear();
    }

    /** Publishes n messages like the sample through a plain RabbitTemplate with confirms; result in nanoseconds. */
    record Plain(long n, long confirmedNanos, long consumedNanos, long acked) {
    }

    Plain publishPlain(int n) throws Exception {
        var body = sampleBody != null ? sampleBody
                : "{\"specversion\":\"1.0\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        var factory = new CachingConnectionFactory("127.0.0.1", 5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        try {
            var template = new RabbitTemplate(factory);
            template.execute(c -> null); // connect before the clock starts, as the application's sender is
            plainReceived.set(0);
            var futures = new ArrayList<CorrelationData>(n);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                var properties = new MessageProperties();
                properties.setContentType("application/json");
                properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
                properties.setMessageId("bench-" + i);
                if (sampleHeaders != null) {
                    sampleHeaders.forEach((k, v) -> properties.setHeader(k, String.valueOf(v)));
                }
                var correlation = new CorrelationData("bench-" + i);
                template.send(PLAIN_EXCHANGE, "planning.task-planned.v1", new Message(body, properties), correlation);
                futures.add(correlation);
            }
            long acked = 0;
            for (var f : futures) {
                if (f.getFuture().get(60, java.util.concurrent.TimeUnit.SECONDS).ack()) {
                    acked++;
                }
            }
            long confirmed = System.nanoTime() - start;
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (plainReceived.get() < n && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return new Plain(plainReceived.get(), confirmed, plainLast - start, acked);
        } finally {
            factory.destroy();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            channel.queueDelete(OUTBOX_QUEUE);
            channel.queueDelete(PLAIN_QUEUE);
            channel.exchangeDelete(PLAIN_EXCHANGE);
            channel.exchangeDelete(appExchange);
        } finally {
            connection.close();
        }
    }

    static String version() {
        try {
            var p = new ProcessBuilder("rabbitmqctl", "version").redirectErrorStream(true).start();
            var out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out.isEmpty() ? "?" : out.lines().reduce((a, b) -> b).orElse(out);
        } catch (Exception e) {
            return "?";
        }
    }

    static List<String> keys(Map<String, AtomicLong> counts) {
        return counts.keySet().stream().sorted().toList();
    }
}
