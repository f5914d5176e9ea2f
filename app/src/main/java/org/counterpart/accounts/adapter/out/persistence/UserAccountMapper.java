package org.counterpart.accounts.adapter.out.persistence;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of {@code accounts_user_account}; the statements are in {@code UserAccountMapper.xml}. */
@Mapper
interface UserAccountMapper {

    record UserAccountRow(String username, String displayName, String role, String officeCode, String unitCode,
            String passwordHash, boolean enabled, int failedSignIns, Instant lastFailedSignInAt,
            Instant signInPausedUntil) {
    }

    record SignInFailuresRow(int failedSignIns, Instant lastFailedSignInAt, Instant signInPausedUntil) {
    }

    UserAccountRow selectByUsername(@Param("username") String username);

    void insert(@Param("row") UserAccountRow row);

    long countEnabledAdministrators();

    SignInFailuresRow selectSignInFailuresForUpdate(@Param("username") String username);

    void updateSignInFailures(@Param("username") String username, @Param("row") SignInFailuresRow row);

    SignInFailuresRow selectFailuresWithoutAccount(@Param("nameKey") String nameKey, @Param("forUpdate") boolean forUpdate);

    void insertFailuresWithoutAccount(@Param("nameKey") String nameKey, @Param("row") SignInFailuresRow row);

    int updateFailuresWithoutAccount(@Param("nameKey") String nameKey, @Param("row") SignInFailuresRow row);

    void deleteFailuresWithoutAccount(@Param("before") Instant before);
}
