package org.counterpart.accounts.adapter.out.persistence;

import java.util.Optional;

import org.counterpart.accounts.adapter.out.persistence.UserAccountMapper.SignInFailuresRow;
import org.counterpart.accounts.adapter.out.persistence.UserAccountMapper.UserAccountRow;
import org.counterpart.accounts.domain.SignInFailures;
import org.counterpart.accounts.domain.UserAccount;
import org.counterpart.accounts.domain.UserAccount.Username;
import org.counterpart.accounts.domain.UserAccounts;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisUserAccounts implements UserAccounts {

    private final UserAccountMapper mapper;

    MyBatisUserAccounts(UserAccountMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<UserAccount> byUsername(Username username) {
        return Optional.ofNullable(mapper.selectByUsername(username.value()))
                .map(r -> new UserAccount(new Username(r.username()), r.displayName(), Role.valueOf(r.role()),
                        r.officeCode() == null ? null : new OfficeCode(r.officeCode()),
                        r.unitCode() == null ? null : new UnitCode(r.unitCode()), r.passwordHash(), r.enabled(),
                        new SignInFailures(r.failedSignIns(), r.lastFailedSignInAt(), r.signInPausedUntil())));
    }

    @Override
    public void add(UserAccount account) {
        var failures = account.signInFailures();
        mapper.insert(new UserAccountRow(account.getId().value(), account.displayName(), account.role().name(),
                account.office() == null ? null : account.office().value(),
                account.unit() == null ? null : account.unit().value(), account.passwordHash(), account.isEnabled(),
                failures.count(), failures.lastFailedAt(), failures.pausedUntil()));
    }

    @Override
    public long countEnabledAdministrators() {
        return mapper.countEnabledAdministrators();
    }

    @Override
    public Optional<SignInFailures> signInFailuresForUpdate(Username username) {
        return Optional.ofNullable(mapper.selectSignInFailuresForUpdate(username.value()))
                .map(r -> new SignInFailures(r.failedSignIns(), r.lastFailedSignInAt(), r.signInPausedUntil()));
    }

    @Override
    public void saveSignInFailures(Username username, SignInFailures failures) {
        mapper.updateSignInFailures(username.value(),
                new SignInFailuresRow(failures.count(), failures.lastFailedAt(), failures.pausedUntil()));
    }
}
