package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.testing.WebVisitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jayway.jsonpath.JsonPath;

/**
 * Guessing a password: five wrong ones within 15 minutes, by the form or by HTTP Basic, pause signing in to the account
 * for 15 minutes — with the right password too — on every instance, since the count is kept with the account in the
 * database. Over real HTTP against the running application; each test has an account of its own, deleted afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottlingIntegrationTests {

    static final String PASSWORD = "the-right-password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    String username;

    @BeforeEach
    void anAccountOfItsOwn() {
        username = "throttle-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        jdbc.update("INSERT INTO accounts_user_account (username, display_name, role, password_hash, enabled) "
                + "VALUES (?, ?, 'VIEWER', ?, TRUE)", username, "限流测试", passwords.encode(PASSWORD));
    }

    @AfterEach
    void deleteIt() {
        jdbc.update("DELETE FROM accounts_user_account WHERE username = ?", username);
    }

    WebVisitor visitor() {
        return new WebVisitor("http://localhost:" + port);
    }

    HttpResponse<String> api(String password, String language) {
        return api(username, password, language);
    }

    HttpResponse<String> api(String name, String password, String language) {
        var visitor = visitor().withHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            visitor.withHeader("Accept-Language", language);
        }
        return visitor.get("/api/accounts/me");
    }

    int failuresStored() {
        return jdbc.queryForObject("SELECT failed_sign_ins FROM accounts_user_account WHERE username = ?",
                Integer.class, username);
    }

    Timestamp pausedUntil() {
        return jdbc.queryForObject("SELECT sign_in_paused_until FROM accounts_user_account WHERE username = ?",
                Timestamp.class, username);
    }

    @Test
    void fewerWrongPasswordsThanTheLimitAreForgottenWhenTheRightOneIsTyped() {
        for (int i = 0; i < 4; i++) {
            assertThat(visitor().signIn(username, "guess-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(failuresStored()).isEqualTo(4);

        var signedIn = visitor().signIn(username, PASSWORD);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(failuresStored()).isZero();
        assertThat(pausedUntil()).isNull();
    }

    @Test
    void theFifthWrongPasswordPausesTheAccountEvenForTheRightPasswordOnPagesAndApi() {
        for (int i = 0; i < 5; i++) {
            visitor().signIn(username, "guess-" + i);
        }
        assertThat(pausedUntil()).as("paused for about 15 minutes").isNotNull()
                .isAfter(Timestamp.from(Instant.now().plusSeconds(14 * 60)));

        var visitor = visitor();
        var refused = visitor.signIn(username, PASSWORD);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?paused"));
        var page = visitor.get("/login?paused");
        assertThat(page.body()).contains("密码输错次数过多，此账户已暂停登录 15 分钟");
        assertThat(visitor.get("/").statusCode()).as("not signed in").isEqualTo(302);

        var apiRefused = api(PASSWORD, "en");
        assertThat(apiRefused.statusCode()).isEqualTo(401);
        assertThat(apiRefused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Counterpart\"");
        assertThat((String) JsonPath.read(apiRefused.body(), "$.error")).isEqualTo("accounts.sign-in.paused");
        assertThat((String) JsonPath.read(apiRefused.body(), "$.message"))
                .startsWith("Too many wrong passwords: signing in to this account is paused for 15 minutes");
    }

    @Test
    void wrongPasswordsWhilePausedDoNotLengthenThePauseAndItEnds() {
        for (int i = 0; i < 5; i++) {
            api("guess-" + i, null);
        }
        var until = pausedUntil();
        assertThat(until).as("HTTP Basic's wrong passwords count as the form's do").isNotNull();
        for (int i = 0; i < 3; i++) {
            assertThat(api("another-guess-" + i, null).statusCode()).isEqualTo(401);
        }
        assertThat(pausedUntil()).isEqualTo(until);

        // The pause is over: as if 15 minutes had passed.
        jdbc.update("UPDATE accounts_user_account SET sign_in_paused_until = ? WHERE username = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), username);

        assertThat(api(PASSWORD, null).statusCode()).isEqualTo(200);
        assertThat(pausedUntil()).as("forgotten with the right password").isNull();
    }

    @Test
    void aNameThatIsNoAccountIsAnsweredAsAnAccountIsPausedTooAndOnlyAKeyedHashOfItIsStored() {
        var before = jdbc.queryForObject("SELECT COUNT(*) FROM accounts_user_account", Long.class);
        var keysBefore = jdbc.queryForList("SELECT name_key FROM accounts_sign_in_failure_without_account",
                String.class);
        var nobody = "nobody-" + username;

        var missing = api(nobody, "guess", null);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat((String) JsonPath.read(missing.body(), "$.error")).as("as a wrong password")
                .isEqualTo("api.sign-in.required");
        for (int i = 0; i < 4; i++) {
            assertThat(visitor().signIn(nobody, "guess").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        // The sixth try, as for an account after five wrong passwords: paused, so that a pause tells nothing.
        assertThat(visitor().signIn(nobody, "guess").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?paused"));
        var paused = api(nobody, "guess", null);
        assertThat(paused.statusCode()).isEqualTo(401);
        assertThat((String) JsonPath.read(paused.body(), "$.error")).isEqualTo("accounts.sign-in.paused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accounts_user_account", Long.class)).isEqualTo(before);
        // Counted in the database (every instance pauses it alike) under a key: a 64-digit hash, not the name.
        var rows = jdbc.queryForList("SELECT * FROM accounts_sign_in_failure_without_account");
        var added = rows.stream().filter(r -> !keysBefore.contains(r.get("name_key"))).toList();
        assertThat(added).singleElement().satisfies(row -> {
            assertThat((String) row.get("name_key")).matches("[0-9a-f]{64}");
            assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(nobody));
            assertThat(row.get("sign_in_paused_until")).isNotNull();
        });
    }

    @Test
    void anApiCallWithoutCredentialsIsAskedForThemInTheCallersLanguage() {
        var response = visitor().get("/api/accounts/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat((String) JsonPath.read(response.body(), "$.message")).startsWith("请先登录");
    }
}
