package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The training module announces programmes planned and changed, for reporting and whoever else listens. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class TrainingEventsIntegrationTests {

    @MockitoBean
    CurrentUser currentUser;

    @Autowired
    ManageProgrammes manage;

    int year;
    int number;

    @BeforeEach
    void theCommissionOfficeActs() {
        given(currentUser.get()).willReturn(Optional.of(new UserContext("admin", "委办公室", Role.ADMIN, null, null)));
        given(currentUser.require()).willCallRealMethod();
        // Module tests commit: a year and number no other run has used.
        year = 2050 + ThreadLocalRandom.current().nextInt(0, 40);
        number = ThreadLocalRandom.current().nextInt(100, 1_000_000);
    }

    NewProgramme zunyi() {
        return new NewProgramme(year, number, "遵义深度贫困地区教师培训", new RegionCode("guizhou"),
                TrainingMode.CLASSES_IN_SHANGHAI, Funding.parse("7（遵义自筹14万）"), "遵义", 50,
                TrainingDuration.parse("7天"), new UnitCode("shipei"), new OfficeCode("renshi"), 40);
    }

    @Test
    void planningAProgrammeAnnouncesItsFundingAndTrainees(Scenario scenario) {
        scenario.stimulate(() -> manage.plan(zunyi())).andWaitForEventOfType(ProgrammePlanned.class)
                .matching(event -> event.year() == year && event.plannedTrainees() == 50)
                .toArriveAndVerify(event -> {
                    assertThat(event.commissionFunding()).isEqualByComparingTo("7");
                    assertThat(event.partnerFunding()).isEqualByComparingTo("14");
                    assertThat(event.planTask()).isEqualTo(40);
                    assertThat(event.mode()).isEqualTo(TrainingMode.CLASSES_IN_SHANGHAI);
                });
    }

    @Test
    void changingFundingAnnouncesWhatItIsNow(Scenario scenario) {
        var planned = manage.plan(zunyi()).programme();

        scenario.stimulate(() -> manage.revise(planned.id(), new BigDecimal("8.5"), new BigDecimal("14"), 55,
                planned.version()))
                .andWaitForEventOfType(ProgrammeChanged.class).matching(event -> event.programme().equals(planned.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.commissionFunding()).isEqualByComparingTo("8.5");
                    assertThat(event.plannedTrainees()).isEqualTo(55);
                });
    }
}
