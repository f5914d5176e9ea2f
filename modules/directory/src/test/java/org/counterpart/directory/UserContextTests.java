package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UserContextTests {

    @Test
    void anOfficeUserActsForTheirOfficeOnly() {
        var jijiao = new UserContext("jijiao", "基教处", Role.OFFICE, new OfficeCode("jijiao"), null);

        assertThat(jijiao.actsFor(new OfficeCode("jijiao"))).isTrue();
        assertThat(jijiao.actsFor(new OfficeCode("zhijiao"))).isFalse();
        assertThat(jijiao.actsFor(new UnitCode("shipei"))).isFalse();
        assertThat(jijiao.isAdmin()).isFalse();
    }

    @Test
    void anOfficeUserMustHaveAnOfficeAndAUnitUserAUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UserContext("x", null, Role.OFFICE, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new UserContext("x", null, Role.UNIT, null, null));
    }

    @Test
    void onlyOfficeAndUnitUsersAreBoundToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UserContext("x", null, Role.VIEWER, new OfficeCode("jijiao"), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UserContext("x", null, Role.ADMIN, null, new UnitCode("shipei")));
    }

    @Test
    void theDisplayNameDefaultsToTheUsername() {
        assertThat(new UserContext("viewer", " ", Role.VIEWER, null, null).displayName()).isEqualTo("viewer");
    }
}
