package org.counterpart.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.counterpart.training.CohortStatus;
import org.counterpart.training.Gender;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TrainingRejected;
import org.junit.jupiter.api.Test;

class CohortTests {

    static TraineeDetails trainee(String name) {
        return new TraineeDetails(name, Gender.MALE, "维吾尔族", "喀什地区泽普县", "泽普县第五中学", "校长", "13800000000");
    }

    final Cohort cohort = Cohort.plan(ProgrammeId.next(), "第一期", LocalDate.of(2018, 9, 3),
            LocalDate.of(2018, 11, 30), "上海");

    @Test
    void aCohortIsPlannedThenStartedThenCompletedByThoseNamed() {
        var first = cohort.enrol(trainee("阿卜杜拉"));
        var second = cohort.enrol(trainee("买买提"));

        cohort.start();
        cohort.complete(Set.of(first.id()));

        assertThat(cohort.status()).isEqualTo(CohortStatus.COMPLETED);
        assertThat(cohort.completedCount()).isEqualTo(1);
        assertThat(cohort.trainee(second.id()).completed()).isFalse();
    }

    @Test
    void anEmptyRosterCannotStartAndAPlannedCohortCannotFinish() {
        assertRefused(cohort::start, "training.cohort.roster-empty");
        cohort.enrol(trainee("丹增"));
        assertRefused(() -> cohort.complete(Set.of()), "training.cohort.not-started");
    }

    @Test
    void theRosterIsClosedOnceTheCohortIsCompleted() {
        cohort.enrol(trainee("丹增"));
        cohort.start();
        cohort.complete(Set.of());

        assertRefused(() -> cohort.enrol(trainee("次仁")), "training.cohort.closed");
    }

    @Test
    void aCohortEndsOnOrAfterItStarts() {
        assertRefused(() -> Cohort.plan(ProgrammeId.next(), "第二期", LocalDate.of(2018, 9, 3),
                LocalDate.of(2018, 9, 2), "上海"), "training.cohort.ends-before-start");
        assertRefused(() -> Cohort.plan(ProgrammeId.next(), " ", LocalDate.of(2018, 9, 3),
                LocalDate.of(2018, 9, 4), "上海"), "training.cohort.name-required");
    }

    @Test
    void attendanceIsTakenOnlyOnTheCohortsDays() {
        assertThat(cohort.runsOn(LocalDate.of(2018, 9, 3))).isTrue();
        assertThat(cohort.runsOn(LocalDate.of(2018, 11, 30))).isTrue();
        assertThat(cohort.runsOn(LocalDate.of(2018, 12, 1))).isFalse();
    }

    @Test
    void aTraineeNeedsEveryRosterFieldButThePhoneAndAPlausiblePhone() {
        assertRefused(() -> new TraineeDetails(" ", Gender.FEMALE, "汉族", "遵义", "遵义市第一中学", "教师", null),
                "training.trainee.name-required");
        assertRefused(() -> new TraineeDetails("李梅", Gender.FEMALE, "汉族", "遵义", "遵义市第一中学", "教师", "call me"),
                "training.trainee.phone-invalid");
        assertThat(new TraineeDetails("李梅", Gender.parse("女"), "汉族", "遵义", "遵义市第一中学", "教师", " ").phone())
                .isNull();
        assertRefused(() -> Gender.parse("未知"), "training.trainee.gender-unknown");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(TrainingRejected.class)
                .extracting(e -> ((TrainingRejected) e).messageKey()).isEqualTo(key);
    }
}
