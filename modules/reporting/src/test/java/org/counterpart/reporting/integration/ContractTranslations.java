package org.counterpart.reporting.integration;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every translation in the contract package, found the way Spring finds them, for tests without a context. */
public final class ContractTranslations {

    private ContractTranslations() {
    }

    public static List<IntegrationTranslation<?>> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(IntegrationTranslation.class));
        return scanner.findCandidateComponents(IntegrationTranslation.class.getPackageName()).stream()
                .map(candidate -> {
                    try {
                        var type = ClassUtils.forName(candidate.getBeanClassName(), null);
                        var constructor = type.getDeclaredConstructor();
                        constructor.setAccessible(true);
                        return (IntegrationTranslation<?>) constructor.newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .<IntegrationTranslation<?>>map(t -> t)
                .sorted(Comparator.comparing(IntegrationTranslation::type))
                .toList();
    }

    public static IntegrationTranslations registry() {
        return new IntegrationTranslations(all());
    }
}
