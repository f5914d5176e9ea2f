package org.counterpart.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterpart.reporting.integration.SampleDomainEvents.*;

import java.util.List;

import org.counterpart.enrolment.StudentsMoved;
import org.junit.jupiter.api.Test;

/**
 * The contract, pinned: each domain event's translation into its versioned type, byte for byte as downstream systems
 * receive it. A change to a domain event that alters any of these fails here; the contract then needs a new version,
 * not an edit.
 */
class IntegrationTranslationsTests {

    static final IntegrationTranslations TRANSLATIONS = ContractTranslations.registry();

    static void assertTranslates(Object event, String type, String json) {
        var translations = TRANSLATIONS.of(event);
        assertThat(translations).as("translations of %s", event.getClass().getSimpleName()).hasSize(1);
        assertThat(translations.get(0).type()).isEqualTo(type);
        assertThat(IntegrationJson.write(translations.get(0).translate(event))).isEqualTo(json);
    }

    @Test
    void aPlannedTaskCarriesItsRegionsAndLeadOffice() {
        assertTranslates(taskPlanned(), "org.counterpart.planning.task-planned.v1", """
                {"taskId":"00000000-0000-4000-8000-000000000001","year":2018,"number":40,\
                "regions":["guizhou","zunyi"],"leadOffice":"renshi"}""");
    }

    @Test
    void aStatusChangeNamesTheOfficeNeverThePerson() {
        assertTranslates(taskStatusChanged(), "org.counterpart.planning.task-status-changed.v1", """
                {"taskId":"00000000-0000-4000-8000-000000000001","year":2018,"number":40,"from":"PLANNED",\
                "to":"IN_PROGRESS","changedAt":"2018-03-01T02:00:00Z","byOffice":"renshi"}""");
    }

    @Test
    void aReachedMilestoneCarriesItsDueAndReachedDays() {
        assertTranslates(milestoneReached(), "org.counterpart.planning.milestone-reached.v1", """
                {"taskId":"00000000-0000-4000-8000-000000000001","year":2018,"number":40,\
                "milestoneId":"00000000-0000-4000-8000-000000000002","due":"2018-06-30","reachedOn":"2018-06-28"}""");
    }

    @Test
    void anOverdueMilestoneCarriesItsDueDay() {
        assertTranslates(milestoneOverdue(), "org.counterpart.planning.milestone-overdue.v1", """
                {"taskId":"00000000-0000-4000-8000-000000000001","year":2018,"number":40,\
                "milestoneId":"00000000-0000-4000-8000-000000000002","due":"2018-06-30"}""");
    }

    @Test
    void recordedProgressCarriesItsDayOnly() {
        assertTranslates(progressRecorded(), "org.counterpart.planning.progress-recorded.v1", """
                {"taskId":"00000000-0000-4000-8000-000000000001","year":2018,"number":40,"date":"2018-05-04"}""");
    }

    @Test
    void aRollOverCarriesTheYearsAndHowManyTasks() {
        assertTranslates(planRolledOver(), "org.counterpart.planning.plan-rolled-over.v1", """
                {"fromYear":2018,"toYear":2019,"tasks":48}""");
    }

    @Test
    void aPlannedProgrammeCarriesItsFundingAsExactDecimalStrings() {
        assertTranslates(programmePlanned(), "org.counterpart.training.programme-planned.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000003","year":2018,"region":"guizhou",\
                "mode":"STUDY_IN_SHANGHAI","commissionFundingWan":"20","partnerFundingWan":"52",\
                "plannedTrainees":40,"implementingUnit":"shipei","planTask":40}""");
    }

    @Test
    void aChangedProgrammeCarriesItsNewFigures() {
        assertTranslates(programmeChanged(), "org.counterpart.training.programme-changed.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000003","year":2018,"commissionFundingWan":"8.5",\
                "partnerFundingWan":"14","plannedTrainees":55}""");
    }

    @Test
    void aStartedCohortCountsItsTrainees() {
        assertTranslates(cohortStarted(), "org.counterpart.training.cohort-started.v1", """
                {"cohortId":"00000000-0000-4000-8000-000000000004",\
                "programmeId":"00000000-0000-4000-8000-000000000003","trainees":2}""");
    }

    @Test
    void aCompletedCohortCountsTrainedAndCompleted() {
        assertTranslates(cohortCompleted(), "org.counterpart.training.cohort-completed.v1", """
                {"cohortId":"00000000-0000-4000-8000-000000000004",\
                "programmeId":"00000000-0000-4000-8000-000000000003","trained":2,"completed":1}""");
    }

    @Test
    void anIssuedCertificateLeavesWithoutItsCodeWhichOpensTheTraineesName() {
        var json = IntegrationJson.write(TRANSLATIONS.of(certificateIssued()).get(0).translate(certificateIssued()));

        assertTranslates(certificateIssued(), "org.counterpart.training.certificate-issued.v1", """
                {"cohortId":"00000000-0000-4000-8000-000000000004",\
                "programmeId":"00000000-0000-4000-8000-000000000003"}""");
        assertThat(json).doesNotContain("CP-2018");
    }

    @Test
    void recordedSpendingCarriesCategoryDayAndAmount() {
        assertTranslates(spendingRecorded(), "org.counterpart.training.spending-recorded.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000003","category":"住宿费","spentOn":"2018-07-03",\
                "amountWan":"2.5"}""");
    }

    @Test
    void anExceededBudgetLeavesWithoutTheFreeTextReason() {
        assertTranslates(budgetExceeded(), "org.counterpart.training.budget-exceeded.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000003","category":"住宿费","plannedWan":"3",\
                "spentWan":"3.5"}""");
    }

    @Test
    void aPlannedEnrolmentProgrammeCarriesQuotaAndFunding() {
        assertTranslates(enrolmentProgrammePlanned(), "org.counterpart.enrolment.enrolment-programme-planned.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000005","academicYear":2018,\
                "kind":"JOINT_VOCATIONAL_SCHOOLING","sourceRegion":"western-partners","planTask":47,"quota":120,\
                "fundingWan":"224.3"}""");
    }

    @Test
    void aRevisedEnrolmentProgrammeCarriesItsNewQuotaAndFunding() {
        assertTranslates(enrolmentProgrammeRevised(), "org.counterpart.enrolment.enrolment-programme-revised.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000005","academicYear":2018,\
                "kind":"JOINT_VOCATIONAL_SCHOOLING","quota":130,"fundingWan":"230"}""");
    }

    @Test
    void eachStageOfStudentsHasATypeOfItsOwnWithCountsByRegionNeverWho() {
        var expected = List.of("awaiting-approval:null:AWAITING_APPROVAL", "admitted:AWAITING_APPROVAL:ADMITTED",
                "enrolled:ADMITTED:ENROLLED", "graduated:ENROLLED:GRADUATED",
                "employed:GRADUATED:EMPLOYED_IN_SHANGHAI", "returned:GRADUATED:RETURNED_HOME",
                "continued-studies:GRADUATED:FURTHER_STUDY", "withdrawn:ADMITTED:WITHDRAWN");
        var moved = studentsMoved();
        for (int i = 0; i < moved.size(); i++) {
            var parts = expected.get(i).split(":");
            var from = parts[1].equals("null") ? "null" : "\"" + parts[1] + "\"";
            assertTranslates(moved.get(i), "org.counterpart.enrolment.students-" + parts[0] + ".v1", """
                    {"programmeId":"00000000-0000-4000-8000-000000000005","academicYear":2018,\
                    "kind":"TIBET_VOCATIONAL_CLASS","from":%s,"to":"%s","students":4,\
                    "regions":[{"region":"xizang","students":3},{"region":"qinghai","students":1}]}"""
                    .formatted(from, parts[2]));
        }
    }

    @Test
    void studentsEmployedInAPartnerRegionAreTheEmployedTypeWithTheirStage() {
        var employed = StudentsMoved.of(new org.counterpart.enrolment.EnrolmentProgrammeId(ENROLMENT), 2018,
                org.counterpart.enrolment.ProgrammeKind.TIBET_SPECIAL_RECRUITMENT,
                org.counterpart.enrolment.StudentStage.GRADUATED,
                org.counterpart.enrolment.StudentStage.EMPLOYED_IN_PARTNER_REGION,
                List.of(new StudentsMoved.RegionCount(new org.counterpart.directory.RegionCode("xizang"), 2)));

        assertTranslates(employed, "org.counterpart.enrolment.students-employed.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000005","academicYear":2018,\
                "kind":"TIBET_SPECIAL_RECRUITMENT","from":"GRADUATED","to":"EMPLOYED_IN_PARTNER_REGION",\
                "students":2,"regions":[{"region":"xizang","students":2}]}""");
    }

    @Test
    void aGrantedSubsidyCarriesTermAndAmountInYuanButNeitherStudentNorGrant() {
        assertTranslates(subsidyGranted(), "org.counterpart.enrolment.subsidy-granted.v1", """
                {"programmeId":"00000000-0000-4000-8000-000000000005","academicYear":2018,"sourceRegion":"yunnan",\
                "term":"2018-1","amountYuan":"1500"}""");
    }

    @Test
    void aRegisteredUnitCarriesTheOrganisationsNames() {
        assertTranslates(unitRegistered(), "org.counterpart.directory.unit-registered.v1", """
                {"unitCode":"pudong-jyj","nameZh":"浦东新区教育局","nameEn":"Pudong Education Bureau",\
                "kind":"EDUCATION_BUREAU"}""");
    }

    @Test
    void aSubmittedReportNamesTheUnitAndWhatItConcernsNeverTheWriterOrTheText() {
        assertTranslates(reportSubmitted(), "org.counterpart.reporting.report-submitted.v1", """
                {"reportId":"00000000-0000-4000-8000-000000000007","kind":"SUMMARY","reporterType":"UNIT",\
                "reporterCode":"shipei","subjectType":"TASK","subjectRef":"2018-47","period":"2018-Q3",\
                "resubmitted":true,"submittedAt":"2018-10-08T01:30:00Z"}""");
    }

    @Test
    void anAcceptedReportNamesTheOfficeAndTheProgrammeItConcerns() {
        assertTranslates(reportAccepted(), "org.counterpart.reporting.report-accepted.v1", """
                {"reportId":"00000000-0000-4000-8000-000000000007","kind":"PRACTICE","reporterType":"OFFICE",\
                "reporterCode":"zhijiao","subjectType":"TRAINING_PROGRAMME",\
                "subjectRef":"00000000-0000-4000-8000-000000000003","period":"2018-H1",\
                "acceptedAt":"2018-07-10T06:00:00Z"}""");
    }

    @Test
    void aReturnedReportLeavesWithoutTheCommentAndAdHocNewsWithoutSubjectOrPeriod() {
        assertTranslates(reportReturned(), "org.counterpart.reporting.report-returned.v1", """
                {"reportId":"00000000-0000-4000-8000-000000000007","kind":"NEWS","reporterType":"UNIT",\
                "reporterCode":"shipei","subjectType":null,"subjectRef":null,"period":null,\
                "returnedAt":"2018-10-09T03:15:00Z"}""");
    }

    @Test
    void everyContractTypeHasASampleAndEverySampleOneType() {
        var translated = SampleDomainEvents.all().stream().map(e -> TRANSLATIONS.of(e).get(0).type()).toList();

        assertThat(translated).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(TRANSLATIONS.types());
        assertThat(TRANSLATIONS.types()).hasSize(28).allMatch(t -> t.matches("org\\.counterpart\\.[a-z]+\\.[a-z-]+\\.v\\d+"));
    }

    @Test
    void routingKeysAreTheTypesWithoutTheCommonPrefix() {
        var event = new IntegrationEvent(java.util.UUID.randomUUID(), "org.counterpart.training.cohort-started.v1",
                "/counterpart/training", java.time.Instant.now(), "https://x/y.json", "{}");

        assertThat(event.routingKey()).isEqualTo("training.cohort-started.v1");
    }

    @Test
    void aDomainEventWithoutContractIsNotTranslated() {
        assertThat(TRANSLATIONS.translates(new org.jmolecules.event.types.DomainEvent() {
        })).isFalse();
        assertThat(TRANSLATIONS.translates("text")).isFalse();
    }

    @Test
    void twoTranslationsOfOneTypeAreRefused() {
        var twice = List.<IntegrationTranslation<?>>of(new TaskPlannedV1(), new TaskPlannedV1());

        assertThatThrownBy(() -> new IntegrationTranslations(twice)).hasMessageContaining("task-planned.v1");
    }
}
