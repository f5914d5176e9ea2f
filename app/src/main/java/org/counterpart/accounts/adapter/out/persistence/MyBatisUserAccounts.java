package org.counterpart.accounts.adapter.out.persistence;

import java.util.Optional;

import org.counterpart.accounts.adapter.out.persistence.UserAccountMapper.UserAccountRow;
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
                        r.unitCode() == null ? null : new UnitCode(r.unitCode()), r.passwordHash(), r.enabled()));
    }

    @Override
    public void add(UserAccount account) {
        mapper.insert(new UserAccountRow(account.getId().value(), account.displayName(), account.role().name(),
                account.office() == null ? null : account.office().value(),
                account.unit() == null ? null : account.unit().value(), account.passwordHash(), account.isEnabled()));
    }

    @Override
    public long countEnabledAdministrators() {
        return mapper.countEnabledAdministrators();
    }
}
