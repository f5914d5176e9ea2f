package org.counterpart.accounts.application;

import java.util.List;

import org.counterpart.accounts.domain.UserAccount;
import org.counterpart.accounts.domain.UserAccount.Username;
import org.counterpart.accounts.domain.UserAccounts;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts the application starts with, before it takes a request: the demo accounts on the embedded default,
 * and an administrator wherever there is none. With neither an administrator in the database nor one configured,
 * the application refuses to start — nobody could ever manage it.
 */
@Component
@EnableConfigurationProperties(AccountsProperties.class)
class InitialAccounts implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAccounts.class);

    /** The demo accounts of the embedded default, all with the password {@code demo}. */
    static final List<UserAccountSeed> DEMO = List.of(
            new UserAccountSeed("admin", "委办公室（信息办）", Role.ADMIN, null, null),
            new UserAccountSeed("jijiao", "基教处", Role.OFFICE, "jijiao", null),
            new UserAccountSeed("zhijiao", "职教处", Role.OFFICE, "zhijiao", null),
            new UserAccountSeed("renshi", "人事处", Role.OFFICE, "renshi", null),
            new UserAccountSeed("shipei", "市师资培训中心", Role.UNIT, null, "shipei"),
            new UserAccountSeed("xuexiao", "上海市群益职业技术学校", Role.UNIT, null, "qunyi"),
            new UserAccountSeed("viewer", "委领导（查阅）", Role.VIEWER, null, null));

    record UserAccountSeed(String username, String displayName, Role role, String office, String unit) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final AccountsProperties properties;
    private final TransactionTemplate transactions;

    InitialAccounts(UserAccounts accounts, PasswordEncoder passwords, AccountsProperties properties,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            if (properties.demo()) {
                DEMO.forEach(seed -> addIfAbsent(seed, "demo"));
            }
            var admin = properties.admin();
            if (admin.isConfigured()) {
                addIfAbsent(new UserAccountSeed(admin.username(), admin.displayName(), Role.ADMIN, null, null),
                        admin.password());
            }
            if (accounts.countEnabledAdministrators() == 0) {
                throw new IllegalStateException("Counterpart has no administrator account. Set "
                        + "COUNTERPART_ADMIN_USERNAME and COUNTERPART_ADMIN_PASSWORD (counterpart.accounts.admin.*) "
                        + "to create the first one, then start again.");
            }
        });
    }

    private void addIfAbsent(UserAccountSeed seed, String password) {
        var username = new Username(seed.username());
        if (accounts.byUsername(username).isPresent()) {
            return;
        }
        accounts.add(new UserAccount(username, seed.displayName(), seed.role(),
                seed.office() == null ? null : new OfficeCode(seed.office()),
                seed.unit() == null ? null : new UnitCode(seed.unit()), passwords.encode(password), true));
        LOG.info("Created the {} account '{}'", seed.role(), seed.username());
    }
}
