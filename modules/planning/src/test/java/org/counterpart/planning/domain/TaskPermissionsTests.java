package org.counterpart.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.junit.jupiter.api.Test;

class TaskPermissionsTests {

    /** Task 22: 职教处 leads, 规划处 co-leads, 相关中职校 undertake. */
    final Task task = Task.plan(2018, 22, TaskLifeCycleTests.content());

    static UserContext office(String code) {
        return new UserContext(code, code, Role.OFFICE, new OfficeCode(code), null);
    }

    static UserContext unit(String code) {
        return new UserContext(code, code, Role.UNIT, null, new UnitCode(code));
    }

    @Test
    void theAdministratorMayDoEverything() {
        var admin = new UserContext("admin", null, Role.ADMIN, null, null);

        assertThat(TaskPermissions.mayChangeStatus(admin, task)).isTrue();
        assertThat(TaskPermissions.mayRecordProgress(admin, task)).isTrue();
        assertThat(TaskPermissions.mayManagePlans(admin)).isTrue();
    }

    @Test
    void theLeadAndCoLeadOfficesWorkOnTheTaskButNoOtherOffice() {
        assertThat(TaskPermissions.mayChangeStatus(office("zhijiao"), task)).isTrue();
        assertThat(TaskPermissions.mayManageMilestones(office("guihua"), task)).isTrue();
        assertThat(TaskPermissions.mayRecordProgress(office("guihua"), task)).isTrue();

        assertThat(TaskPermissions.mayChangeStatus(office("jijiao"), task)).isFalse();
        assertThat(TaskPermissions.mayRecordProgress(office("jijiao"), task)).isFalse();
        assertThat(TaskPermissions.mayManagePlans(office("zhijiao"))).isFalse();
    }

    @Test
    void anUndertakingUnitRecordsProgressOnlyAndOnlyOnItsTasks() {
        assertThat(TaskPermissions.mayRecordProgress(unit("xiangguan-zhongzhixiao"), task)).isTrue();
        assertThat(TaskPermissions.mayChangeStatus(unit("xiangguan-zhongzhixiao"), task)).isFalse();
        assertThat(TaskPermissions.mayRecordProgress(unit("shipei"), task)).isFalse();
    }

    @Test
    void aViewerOnlyReads() {
        var viewer = new UserContext("viewer", null, Role.VIEWER, null, null);

        assertThat(TaskPermissions.mayChangeStatus(viewer, task)).isFalse();
        assertThat(TaskPermissions.mayRecordProgress(viewer, task)).isFalse();
        assertThat(TaskPermissions.mayManagePlans(viewer)).isFalse();
    }
}
