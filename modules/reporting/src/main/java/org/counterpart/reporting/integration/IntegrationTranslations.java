package org.counterpart.reporting.integration;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every translation there is, by the domain event each translates. */
@Component
public class IntegrationTranslations {

    private final List<IntegrationTranslation<?>> translations;

    public IntegrationTranslations(List<IntegrationTranslation<?>> translations) {
        var duplicates = translations.stream().collect(Collectors.groupingBy(IntegrationTranslation::type,
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey()).toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("contract types translated twice: " + duplicates);
        }
        this.translations = translations.stream().sorted(Comparator.comparing(IntegrationTranslation::type)).toList();
    }

    public boolean translates(Object event) {
        return translations.stream().anyMatch(t -> t.translates(event));
    }

    /** The translations of one event: usually one; two while a new version replaces an old one. */
    public List<IntegrationTranslation<?>> of(Object event) {
        return translations.stream().filter(t -> t.translates(event)).toList();
    }

    /** Every contract type, in order. */
    public SortedSet<String> types() {
        return translations.stream().map(IntegrationTranslation::type).collect(Collectors.toCollection(TreeSet::new));
    }

    public List<IntegrationTranslation<?>> all() {
        return translations;
    }
}
