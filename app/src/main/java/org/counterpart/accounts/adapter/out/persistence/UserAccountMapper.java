package org.counterpart.accounts.adapter.out.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code accounts_user_account}; the statements are in {@code UserAccountMapper.xml}. */
@Mapper
interface UserAccountMapper {

    record UserAccountRow(String username, String displayName, String role, String officeCode, String unitCode,
            String passwordHash, boolean enabled) {
    }

    UserAccountRow selectByUsername(@Param("username") String username);

    void insert(@Param("row") UserAccountRow row);

    long countEnabledAdministrators();
}
