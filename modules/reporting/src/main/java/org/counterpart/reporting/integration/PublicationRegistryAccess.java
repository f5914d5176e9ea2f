package org.counterpart.reporting.integration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Reads Spring Modulith's event publication repository. Its interface lives in {@code spring-modulith-events-core},
 * which the Modulith starters put on the runtime class path only (and the build's dependencies are not reporting's
 * to change), so the call reporting needs is made reflectively against the public interface, looked up once: the
 * incomplete publications.
 */
@Component
public class PublicationRegistryAccess {

    private static final String CORE = "org.springframework.modulith.events.core.";

    private final Object repository;
    private final Method findIncomplete;
    private final Method targetOfPublication;
    private final Method valueOfTarget;

    public PublicationRegistryAccess(ListableBeanFactory beans) {
        try {
            var loader = ClassUtils.getDefaultClassLoader();
            var repositoryType = ClassUtils.forName(CORE + "EventPublicationRepository", loader);
            var targetType = ClassUtils.forName(CORE + "PublicationTargetIdentifier", loader);
            this.repository = beans.getBeanProvider(repositoryType).getIfAvailable();
            this.findIncomplete = repositoryType.getMethod("findIncompletePublications");
            this.targetOfPublication = ClassUtils.forName(CORE + "TargetEventPublication", loader)
                    .getMethod("getTargetIdentifier");
            this.valueOfTarget = targetType.getMethod("getValue");
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("Spring Modulith's event publication repository is not what reporting "
                    + "expects (spring-modulith-events-core 2.0)", e);
        }
    }

    /** Whether a registry is there (it is wherever the application runs with Spring Modulith's JDBC starter). */
    public boolean available() {
        return repository != null;
    }

    /** Every incomplete publication (not completed, or failed), oldest first. */
    public List<EventPublication> incomplete() {
        if (repository == null) {
            return List.of();
        }
        return ((Collection<?>) invoke(findIncomplete)).stream().map(EventPublication.class::cast).toList();
    }

    /** The id of the listener a publication is for ({@code TargetEventPublication.getTargetIdentifier()}). */
    public String listenerOf(EventPublication publication) {
        try {
            return (String) valueOfTarget.invoke(targetOfPublication.invoke(publication));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
    }

    private Object invoke(Method method, Object... arguments) {
        try {
            return method.invoke(repository, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
