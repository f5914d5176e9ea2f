package org.counterpart.accounts.adapter.out.persistence;

import java.time.Instant;
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
import org.springframework.dao.DuplicateKeyException;
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
    public SignInFailures signInFailuresWithoutAccountForUpdate(String nameKey) {
        return withoutAccount(mapper.selectFailuresWithoutAccount(nameKey, true));
    }

    @Override
    public SignInFailures signInFailuresWithoutAccount(String nameKey) {
        return withoutAccount(mapper.selectFailuresWithoutAccount(nameKey, false));
    }

    @Override
    public void saveSignInFailuresWithoutAccount(String nameKey, SignInFailures failures) {
        var row = new SignInFailuresRow(failures.count(), failures.lastFailedAt(), failures.pausedUntil());
        if (mapper.updateFailuresWithoutAccount(nameKey, row) == 0) {
            try {
                mapper.insertFailuresWithoutAccount(nameKey, row);
            } catch (DuplicateKeyException anotherInstanceFirst) {
                // Its first wrong try, counted on another instance at the same moment: one of the two counts.
                mapper.updateFailuresWithoutAccount(nameKey, row);
            }
        }
    }

    @Override
    public void forgetSignInFailuresWithoutAccount(Instant before) {
        mapper.deleteFailuresWithoutAccount(before);
    }

    private static SignInFailures withoutAccount(SignInFailuresRow row) {
        return row == null ? SignInFailures.NONE
                : new SignInFailures(row.failedSignIns(), row.lastFailedSignInAt(), row.signInPausedUntil());
    }

    @Override
    public void saveSignInFailures(Username username, SignInFailures failures) {
        mapper.updateSignInFailures(username.value(),
                new SignInFailuresRow(failures.count(), failures.lastFailedAt(), failures.pausedUntil()));
    }
}
