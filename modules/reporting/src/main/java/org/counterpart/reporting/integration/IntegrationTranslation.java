package org.counterpart.reporting.integration;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Translates one kind of domain event into one version of its contract type. The domain event may change; the
 * contract may not: a change of shape is a new translation with the next version (both are published while
 * consumers move), never an edit of an existing one. Each translation is one class in this package, a Spring bean
 * found by scanning, with its data record nested in it; {@code docs/events/} holds its JSON Schema and AsyncAPI entry.
 *
 * @param <E> the domain event it translates
 */
public abstract class IntegrationTranslation<E> {

    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");
    static final String PREFIX = "org.counterpart.";

    private final Class<E> eventType;
    private final String module;
    private final String name;
    private final int version;

    protected IntegrationTranslation(Class<E> eventType, String module, String name, int version) {
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        if (!NAME.matcher(module).matches() || !NAME.matcher(name).matches() || version < 1) {
            throw new IllegalArgumentException("not a contract type: %s.%s.v%d".formatted(module, name, version));
        }
        this.module = module;
        this.name = name;
        this.version = version;
    }

    /** The CloudEvents type, {@code org.counterpart.planning.task-planned.v1}. */
    public final String type() {
        return PREFIX + module + "." + name + ".v" + version;
    }

    /** The module the occurrence comes from ({@code planning}); the CloudEvents source names it. */
    public final String module() {
        return module;
    }

    public final int version() {
        return version;
    }

    public final Class<E> eventType() {
        return eventType;
    }

    public final boolean translates(Object event) {
        return eventType.isInstance(event);
    }

    /** The contract data of the event: a record whose JSON is what downstream systems receive. */
    public final Record translate(Object event) {
        return data(eventType.cast(event));
    }

    protected abstract Record data(E event);

    /** Money and other exact figures travel as decimal strings ({@code "659.7"}), never as floating point. */
    protected static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    static String routingKeyOf(String type) {
        return type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
    }
}
