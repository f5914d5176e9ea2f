package org.counterpart.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No password, key or token is written in the repository: configuration takes each from the environment
 * ({@code ${COUNTERPART_…}}), and compose refuses to start without them. Reads every file of the working tree but the
 * build's output and git's own; the tests' invented keys and passwords (for throwaway test accounts and servers) are
 * allowed only under {@code src/test}.
 */
class NoSecretsInRepositoryTests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules");

    /** A key's text in any file at all, tests included. */
    static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----");

    /**
     * A setting that names a password, secret, key or token and gives it a value written out — not taken from the
     * environment ({@code ${…}}), not empty, and not a yes or no (a switch about a password, such as MySQL's
     * {@code MYSQL_RANDOM_ROOT_PASSWORD: "yes"}).
     */
    static final Pattern WRITTEN_SECRET = Pattern.compile("(?i)^\\s*[\\w.-]*(password|secret|token|[-_.]key)\\s*[:=]\\s*"
            + "(?!\\$\\{)(?![\"']{2}\\s*$)(?![\"']?(yes|no|true|false)[\"']?\\s*$)(\\S.*)$");

    static boolean configuration(Path file) {
        var name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".env")
                || name.endsWith(".properties") && !file.toString().contains("/i18n/");
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                        for (var part : ROOT.relativize(f)) {
                            if (SKIPPED.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    }).toList();
        }
    }

    static String text(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException binary) {
            return "";
        }
    }

    @Test
    void noPrivateKeyAnywhere() throws IOException {
        var found = new ArrayList<String>();
        for (var file : files()) {
            if (PRIVATE_KEY.matcher(text(file)).find() && !file.equals(Path.of(
                    "src/test/java/org/counterpart/shell/NoSecretsInRepositoryTests.java").toAbsolutePath())) {
                found.add(ROOT.relativize(file).toString());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noConfigurationWritesOutAPasswordKeyOrToken() throws IOException {
        var found = new ArrayList<String>();
        var read = 0;
        for (var file : files()) {
            var relative = ROOT.relativize(file).toString();
            if (!configuration(file) || relative.contains("/src/test/")) {
                continue;
            }
            read++;
            var lines = text(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                var line = lines[i];
                if (line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (WRITTEN_SECRET.matcher(line).find()) {
                    found.add(relative + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(read).as("configuration files read: application*.yml, docker-compose.yml, …").isGreaterThan(3);
        assertThat(found).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertThat(WRITTEN_SECRET.matcher("    password: hunter2").find()).isTrue();
        assertThat(WRITTEN_SECRET.matcher("      COUNTERPART_ADMIN_PASSWORD: change-me-now").find()).isTrue();
        assertThat(WRITTEN_SECRET.matcher("    session-key: dHdvIGluc3RhbmNlcw==").find()).isTrue();
        assertThat(WRITTEN_SECRET.matcher("spring.rabbitmq.password=guest").find()).isTrue();
        assertThat(WRITTEN_SECRET.matcher("    password: ${COUNTERPART_DB_PASSWORD:}").find()).isFalse();
        assertThat(WRITTEN_SECRET.matcher("    password: \"\"").find()).isFalse();
        assertThat(WRITTEN_SECRET.matcher("    national-id-key-required: true").find()).isFalse();
        assertThat(WRITTEN_SECRET.matcher("      MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"").find()).isFalse();
        assertThat(WRITTEN_SECRET.matcher("      MYSQL_PASSWORD: yes-it-is-secret").find()).isTrue();
        assertThat(PRIVATE_KEY.matcher("-----BEGIN RSA PRIVATE KEY-----").find()).isTrue();
    }
}
