package org.counterpart.accounts.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.counterpart.accounts.domain.SignInFailures;
import org.counterpart.accounts.domain.UserAccount;
import org.counterpart.accounts.domain.UserAccount.Username;
import org.counterpart.accounts.domain.UserAccounts;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.TransactionDefinition;

class InitialAccountsTests {

    static class InMemoryAccounts implements UserAccounts {

        final Map<String, UserAccount> byName = new LinkedHashMap<>();
        final Map<String, SignInFailures> withoutAccount = new LinkedHashMap<>();

        @Override
        public Optional<UserAccount> byUsername(Username username) {
            return Optional.ofNullable(byName.get(username.value()));
        }

        @Override
        public Optional<SignInFailures> signInFailuresForUpdate(Username username) {
            return byUsername(username).map(UserAccount::signInFailures);
        }

        @Override
        public void saveSignInFailures(Username username, SignInFailures failures) {
            var a = byName.get(username.value());
            byName.put(username.value(), new UserAccount(a.getId(), a.displayName(), a.role(), a.office(), a.unit(),
                    a.passwordHash(), a.isEnabled(), failures));
        }

        @Override
        public SignInFailures signInFailuresWithoutAccountForUpdate(String nameKey) {
            return signInFailuresWithoutAccount(nameKey);
        }

        @Override
        public SignInFailures signInFailuresWithoutAccount(String nameKey) {
            return withoutAccount.getOrDefault(nameKey, SignInFailures.NONE);
        }

        @Override
        public void saveSignInFailuresWithoutAccount(String nameKey, SignInFailures failures) {
            withoutAccount.put(nameKey, failures);
        }

        @Override
        public void forgetSignInFailuresWithoutAccount(java.time.Instant before) {
            withoutAccount.values().removeIf(f -> f.lastFailedAt() != null && f.lastFailedAt().isBefore(before)
                    && (f.pausedUntil() == null || f.pausedUntil().isBefore(before)));
        }

        @Override
        public void add(UserAccount account) {
            byName.put(account.getId().value(), account);
        }

        @Override
        public long countEnabledAdministrators() {
            return byName.values().stream().filter(a -> a.role() == Role.ADMIN && a.isEnabled()).count();
        }
    }

    /** Runs the callback as if in a transaction: these tests are about the rules, not the database. */
    static class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    final InMemoryAccounts accounts = new InMemoryAccounts();
    final org.springframework.security.crypto.password.PasswordEncoder passwords = PasswordEncoderFactories
            .createDelegatingPasswordEncoder();

    InitialAccounts initialAccounts(boolean demo, String adminName, String adminPassword) {
        return new InitialAccounts(accounts, passwords,
                new AccountsProperties(demo, new AccountsProperties.Admin(adminName, adminPassword, null), null),
                new TransactionTemplate(new NoTransactions()));
    }

    @Test
    void theEmbeddedDefaultStartsWithTheSevenDemoAccountsAllWithPasswordDemo() {
        initialAccounts(true, null, null).afterSingletonsInstantiated();

        assertThat(accounts.byName).containsOnlyKeys("admin", "jijiao", "zhijiao", "renshi", "shipei", "xuexiao",
                "viewer");
        assertThat(accounts.byName.values()).allSatisfy(a -> {
            assertThat(passwords.matches("demo", a.passwordHash())).isTrue();
            assertThat(a.passwordHash()).startsWith("{bcrypt}");
        });
        assertThat(accounts.byName.get("jijiao").office()).isEqualTo(new OfficeCode("jijiao"));
        assertThat(accounts.byName.get("shipei").unit()).isEqualTo(new UnitCode("shipei"));
        // The host school of the enrolment demo: 上海市群益职业技术学校.
        assertThat(accounts.byName.get("xuexiao").unit()).isEqualTo(new UnitCode("qunyi"));
        assertThat(accounts.byName.get("viewer").role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void productionWithoutAnAdministratorRefusesToStart() {
        assertThatIllegalStateException().isThrownBy(() -> initialAccounts(false, null, null).afterSingletonsInstantiated())
                .withMessageContaining("COUNTERPART_ADMIN_USERNAME");
        assertThat(accounts.byName).isEmpty();
    }

    @Test
    void productionCreatesTheConfiguredAdministratorAndNoDemoAccount() {
        initialAccounts(false, "Chief", "s3cret-Passw0rd").afterSingletonsInstantiated();

        assertThat(accounts.byName).containsOnlyKeys("chief");
        assertThat(accounts.byName.get("chief").role()).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches("s3cret-Passw0rd", accounts.byName.get("chief").passwordHash())).isTrue();
    }

    @Test
    void anExistingAdministratorIsKeptAsItIs() {
        initialAccounts(false, "chief", "first").afterSingletonsInstantiated();
        var hash = accounts.byName.get("chief").passwordHash();

        initialAccounts(false, "chief", "second").afterSingletonsInstantiated();

        assertThat(accounts.byName.get("chief").passwordHash()).isEqualTo(hash);
    }
}
