/**
 * Publishes the events for downstream systems to RabbitMQ: a topic exchange, CloudEvents in the AMQP binding's binary
 * mode, publisher confirms, inside Spring Modulith's transactional outbox.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.reporting.adapter.out.broker;
