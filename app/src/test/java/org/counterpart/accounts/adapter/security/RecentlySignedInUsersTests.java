package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.counterpart.accounts.adapter.security.RecentlyVerifiedPasswordsTests.CountingEncoder;
import org.counterpart.accounts.adapter.security.RecentlyVerifiedPasswordsTests.MovableClock;
import org.counterpart.directory.Role;
import org.counterpart.directory.UserContext;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

class RecentlySignedInUsersTests {

    final MovableClock clock = new MovableClock();
    final RecentlySignedInUsers users = new RecentlySignedInUsers(Duration.ofSeconds(5), 100, clock);
    final UserContext admin = new UserContext("wang", "王老师", Role.ADMIN, null, null);

    @Test
    void keepsACopyThatSurvivesTheErasureOfThePrincipalItWasGiven() {
        var principal = new SignedInUser(admin, "{bcrypt}hash", false, false);
        users.putUserInCache(principal);
        principal.eraseCredentials();

        var remembered = users.getUserFromCache("wang");
        assertThat(remembered.getPassword()).isEqualTo("{bcrypt}hash");
        assertThat(remembered).isNotSameAs(principal);
        ((SignedInUser) remembered).eraseCredentials();
        assertThat(users.getUserFromCache("wang").getPassword()).as("each caller its own copy")
                .isEqualTo("{bcrypt}hash");
    }

    @Test
    void forgetsAnAccountAfterTheFewSecondsAndWhenTold() {
        users.putUserInCache(new SignedInUser(admin, "{bcrypt}hash", false, false));
        clock.now = clock.now.plusSeconds(4);
        assertThat(users.getUserFromCache("wang")).isNotNull();
        clock.now = clock.now.plusSeconds(1);
        assertThat(users.getUserFromCache("wang")).isNull();

        users.putUserInCache(new SignedInUser(admin, "{bcrypt}hash", false, false));
        users.removeUserFromCache("wang");
        assertThat(users.getUserFromCache("wang")).isNull();
    }

    @Test
    void withSpringSecuritysProviderTheAccountIsReadOncePerFewSecondsAndANewPasswordWorksAtOnce() {
        var encoder = new CountingEncoder();
        var stored = new String[] { encoder.encode("old-password-1") };
        var reads = new AtomicInteger();
        UserDetailsService accounts = username -> {
            reads.incrementAndGet();
            return new SignedInUser(admin, stored[0], false, false);
        };
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(new RecentlyVerifiedPasswords(encoder, Duration.ofMinutes(5), 100, clock));
        provider.setUserCache(users);

        for (int i = 0; i < 10; i++) {
            var signedIn = provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("wang", "old-password-1"));
            assertThat(signedIn.isAuthenticated()).isTrue();
            ((SignedInUser) signedIn.getPrincipal()).eraseCredentials();
        }
        assertThat(reads).as("accounts read for ten sign-ins within the few seconds").hasValue(1);

        stored[0] = encoder.encode("new-password-2");
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("wang",
                "new-password-2")).isAuthenticated()).as("the remembered account is read again").isTrue();
        assertThat(reads).hasValue(2);
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("wang", "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
