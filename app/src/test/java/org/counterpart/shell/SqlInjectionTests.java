package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * SQL injection (issue 8): every statement of every module's MyBatis mappers binds its values as parameters
 * ({@code #{…}}), never pastes text into the SQL ({@code ${…}}), so nothing a user types can change a statement. A
 * mapper that needs a column or direction chosen by the caller must pick it from a fixed list in code and say so here.
 */
class SqlInjectionTests {

    /** {@code ${…}} allowed, by mapper file and the exact expression, each chosen from a fixed list in code: none. */
    static final Map<String, java.util.Set<String>> CHOSEN_FROM_A_LIST = Map.of();

    private static final Pattern PASTED = Pattern.compile("\\$\\{([^}]*)}");

    private static int mappersInTheSources() throws IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(".."))) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith("Mapper.xml"))
                    .filter(f -> f.toString().contains("src" + java.io.File.separator + "main")).count();
        }
    }

    @Test
    void noMapperPastesTextIntoItsSql() throws IOException {
        var mappers = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:org/counterpart/**/*Mapper.xml");
        var pasted = new LinkedHashMap<String, java.util.List<String>>();
        int statements = 0;
        for (var mapper : mappers) {
            var xml = mapper.getContentAsString(StandardCharsets.UTF_8);
            statements += Pattern.compile("<(select|insert|update|delete) ").matcher(xml).results().count();
            var allowed = CHOSEN_FROM_A_LIST.getOrDefault(mapper.getFilename(), java.util.Set.of());
            var found = PASTED.matcher(xml).results().map(m -> m.group(1)).filter(e -> !allowed.contains(e)).toList();
            if (!found.isEmpty()) {
                pasted.put(mapper.getFilename(), found);
            }
        }

        System.out.printf("SQL: %d mapper files, %d statements, %d pasting text%n", mappers.length, statements,
                pasted.size());
        assertThat(mappers).as("every mapper of the source tree, read from the classpath").hasSize(mappersInTheSources());
        assertThat(statements).isGreaterThan(100);
        assertThat(pasted).as("${…} in mappers").isEmpty();
    }
}
