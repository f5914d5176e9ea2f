package org.counterpart.enrolment.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.ChangeView;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePage;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentPage;
import org.counterpart.enrolment.StudentQuery;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentSummary;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.SubsidyTotals;
import org.counterpart.enrolment.Term;
import org.counterpart.enrolment.domain.EnrolmentProgramme;
import org.counterpart.enrolment.domain.EnrolmentProgrammes;
import org.counterpart.enrolment.domain.EnrolmentRecords;
import org.counterpart.enrolment.domain.NationalId;
import org.counterpart.enrolment.domain.NationalIdVault;
import org.counterpart.enrolment.domain.RecordedChange;
import org.counterpart.enrolment.domain.Student;
import org.counterpart.enrolment.domain.Students;
import org.counterpart.enrolment.domain.Subsidies;
import org.counterpart.enrolment.domain.Subsidy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Programmes, students, subsidies and their records over MyBatis against the real MySQL-compatible server. */
@SpringBootTest
@Transactional
class MyBatisEnrolmentIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2030, 1, 1);
    static final UnitCode GONGYE = new UnitCode("gongye-school");
    static final UnitCode LVYOU = new UnitCode("lvyou-school");
    static final UnitCode XINJIANG_SCHOOL = new UnitCode("xinjiang-class-school");
    static final Instant T1 = Instant.parse("2018-09-01T08:00:00Z");
    static final Instant T2 = Instant.parse("2018-10-08T09:30:00Z");

    /**
     * Why the student list is not tested here yet: StudentMapper.xml binds {@code q.programme.value}, a
     * {@link UUID}, for which MyBatis has no type handler, so Connector/J sends it as a serialized Java object and
     * MySQL/MariaDB refuse it (error 1300). These tests pass once the id is bound as text.
     */
    static final String FIND_BINDS_A_UUID = "StudentMapper.xml binds the programme id as a UUID object, which "
            + "MySQL/MariaDB refuse; enable once it is bound as text";

    @Autowired
    EnrolmentProgrammes programmes;

    @Autowired
    Students students;

    @Autowired
    Subsidies subsidies;

    @Autowired
    EnrolmentRecords records;

    @Autowired
    NationalIdVault vault;

    @Autowired
    JdbcTemplate jdbc;

    int year;

    /** 内地西藏中职班: one school as a whole, one by two majors. */
    EnrolmentProgramme vocational;

    /** 内地新疆高中班. */
    EnrolmentProgramme xinjiang;

    /** 西藏专招: graduates, no funding of its own. */
    EnrolmentProgramme graduates;

    /** The students {@link #registerStudents()} added, by the number their ID number is made from. */
    final Map<Integer, Student> registered = new LinkedHashMap<>();

    @BeforeEach
    void threeProgrammesOfAYearOfTheirOwn() {
        // Rolled back after each test; a year of its own keeps other tests' programmes out of the totals — also those
        // that tests of the whole application committed in the shared test database.
        var taken = programmes.years();
        do {
            year = 2040 + ThreadLocalRandom.current().nextInt(0, 50);
        } while (taken.contains(year));
        vocational = programme(ProgrammeKind.TIBET_VOCATIONAL_CLASS, "224.3", new QuotaLine(GONGYE, null, 3),
                new QuotaLine(LVYOU, "酒店管理", 2), new QuotaLine(LVYOU, "中餐烹饪", 1));
        xinjiang = programme(ProgrammeKind.XINJIANG_SENIOR_CLASS, "96", new QuotaLine(XINJIANG_SCHOOL, null, 40));
        graduates = programme(ProgrammeKind.TIBET_SPECIAL_RECRUITMENT, null, new QuotaLine(GONGYE, null, 5));
        programmes.add(vocational);
        programmes.add(xinjiang);
        programmes.add(graduates);
    }

    EnrolmentProgramme programme(ProgrammeKind kind, String funding, QuotaLine... quotas) {
        return new EnrolmentProgramme(EnrolmentProgrammeId.next(), year, kind, null, null, null, null,
                funding == null ? null : new BigDecimal(funding), List.of(quotas), 0);
    }

    /** A valid ID number, one per {@code n}: born 15 March 2005 in 拉萨市城关区. */
    static String number(int n) {
        var first17 = "54010220050315" + "%03d".formatted(n);
        return first17 + NationalId.checkCharacter(first17);
    }

    Student student(EnrolmentProgramme programme, int n, String name, UnitCode school, String major,
            StudentStage stage, String region) {
        return new Student(StudentId.next(), programme.getId(), name, Gender.FEMALE, "藏族",
                vault.protect(NationalId.parse(number(n), TODAY)), new RegionCode(region), "城关区", true, school, major,
                year, stage, stage == StudentStage.WITHDRAWN ? "放弃入学" : null,
                stage == StudentStage.AWAITING_APPROVAL, 0);
    }

    /** Students in every stage, on every line; added in one batch per programme. */
    void registerStudents() {
        students.add(List.of(
                register(vocational, 1, "次仁卓玛", GONGYE, "数控", StudentStage.ADMITTED, "lhasa"),
                register(vocational, 2, "达瓦", GONGYE, null, StudentStage.ENROLLED, "lhasa"),
                register(vocational, 3, "格桑", GONGYE, "汽修", StudentStage.GRADUATED, "lhasa"),
                register(vocational, 4, "央金卓玛", GONGYE, null, StudentStage.EMPLOYED_IN_SHANGHAI, "lhasa"),
                register(vocational, 5, "尼玛", GONGYE, null, StudentStage.WITHDRAWN, "shigatse"),
                register(vocational, 6, "拉巴", GONGYE, null, StudentStage.AWAITING_APPROVAL, "shigatse"),
                register(vocational, 7, "白玛", LVYOU, "酒店管理", StudentStage.ADMITTED, "lhasa"),
                register(vocational, 8, "德吉", LVYOU, "酒店管理", StudentStage.ADMITTED, "shigatse"),
                register(vocational, 9, "旺姆", LVYOU, "中餐烹饪", StudentStage.ENROLLED, "shigatse"),
                register(vocational, 10, "扎西", LVYOU, "中餐烹饪", StudentStage.AWAITING_APPROVAL, "lhasa")));
        students.add(List.of(register(graduates, 13, "边巴", GONGYE, null, StudentStage.GRADUATED, "lhasa"),
                register(graduates, 14, "普布", GONGYE, null, StudentStage.FURTHER_STUDY, "lhasa")));
        students.add(List.of(register(xinjiang, 15, "阿依古丽", XINJIANG_SCHOOL, null, StudentStage.ENROLLED,
                "kashgar")));
    }

    Student register(EnrolmentProgramme programme, int n, String name, UnitCode school, String major,
            StudentStage stage, String region) {
        var student = student(programme, n, name, school, major, stage, region);
        registered.put(n, student);
        return student;
    }

    Subsidy subsidy(Student student, int termYear, int half, String amount) {
        return new Subsidy(SubsidyId.next(), student.getId(), new Term(termYear, half), new BigDecimal(amount),
                "生活补助", "职教处", T2);
    }

    // --- programmes ------------------------------------------------------------------------------------------

    @Test
    void readsAProgrammeBackAsItWasPlanned() {
        var read = programmes.byId(vocational.getId()).orElseThrow();

        assertThat(read.academicYear()).isEqualTo(year);
        assertThat(read.kind()).isEqualTo(ProgrammeKind.TIBET_VOCATIONAL_CLASS);
        assertThat(read.name()).isEqualTo("内地西藏中职班");
        assertThat(read.sourceRegion()).isEqualTo(new RegionCode("xizang"));
        assertThat(read.planTask()).isEqualTo(22);
        assertThat(read.coordinatingOffice()).isEqualTo(new OfficeCode("zhijiao"));
        assertThat(read.funding()).isEqualTo(new BigDecimal("224.30"));
        assertThat(read.version()).isZero();
        assertThat(read.quotas()).containsExactly(new QuotaLine(GONGYE, null, 3), new QuotaLine(LVYOU, "酒店管理", 2),
                new QuotaLine(LVYOU, "中餐烹饪", 1));
        assertThat(programmes.byId(graduates.getId()).orElseThrow().funding()).isEqualByComparingTo("0");
        assertThat(programmes.byId(EnrolmentProgrammeId.next())).isEmpty();
    }

    @Test
    void aProgrammeIsFoundByItsYearKindAndRegionAndLockedById() {
        assertThat(programmes.exists(year, ProgrammeKind.TIBET_VOCATIONAL_CLASS, new RegionCode("xizang"))).isTrue();
        assertThat(programmes.exists(year, ProgrammeKind.TIBET_VOCATIONAL_CLASS, new RegionCode("qamdo"))).isFalse();
        assertThat(programmes.exists(year, ProgrammeKind.TIBET_JUNIOR_CLASS, new RegionCode("xizang"))).isFalse();
        assertThat(programmes.years()).contains(year);
        assertThat(programmes.lock(xinjiang.getId())).hasValueSatisfying(
                p -> assertThat(p.kind()).isEqualTo(ProgrammeKind.XINJIANG_SENIOR_CLASS));
        assertThat(programmes.lock(EnrolmentProgrammeId.next())).isEmpty();
    }

    @Test
    void aLineForTheWholeSchoolIsKeptWithAnEmptyMajorAndReadBackAsNone() {
        var rows = jdbc.queryForList("SELECT host_school, major, seats FROM enrolment_quota WHERE programme_id = ? "
                + "ORDER BY sort_order", vocational.getId().toString());

        assertThat(rows).extracting(r -> r.get("major")).containsExactly("", "酒店管理", "中餐烹饪");
        assertThat(programmes.byId(vocational.getId()).orElseThrow().lineFor(GONGYE, "数控"))
                .contains(new QuotaLine(GONGYE, null, 3));
    }

    @Test
    void aRevisionReplacesTheQuotaLinesAndTheFunding() {
        var programme = programmes.byId(vocational.getId()).orElseThrow();
        programme.revise(new BigDecimal("230.05"),
                List.of(new QuotaLine(LVYOU, null, 4), new QuotaLine(GONGYE, null, 6)));

        programmes.update(programme);

        var read = programmes.byId(vocational.getId()).orElseThrow();
        assertThat(read.funding()).isEqualTo(new BigDecimal("230.05"));
        assertThat(read.quotas()).containsExactly(new QuotaLine(LVYOU, null, 4), new QuotaLine(GONGYE, null, 6));
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void refusesToOverwriteARevisionSavedMeanwhile() {
        var mine = programmes.byId(vocational.getId()).orElseThrow();
        var theirs = programmes.byId(vocational.getId()).orElseThrow();
        theirs.revise(new BigDecimal("250"), List.of(new QuotaLine(GONGYE, null, 10)));
        programmes.update(theirs);

        mine.revise(new BigDecimal("300"), List.of(new QuotaLine(GONGYE, null, 1)));
        assertConflict(() -> programmes.update(mine), "enrolment.programme.changed-meanwhile");

        var read = programmes.byId(vocational.getId()).orElseThrow();
        assertThat(read.funding()).isEqualByComparingTo("250");
        assertThat(read.quotas()).containsExactly(new QuotaLine(GONGYE, null, 10));
    }

    @Test
    void findsByKindRegionAndHostSchool() {
        assertThat(find(null, null, null).items()).extracting(EnrolmentProgrammeSummary::id)
                .as("by plan task: 21, 22, 27")
                .containsExactly(xinjiang.getId(), vocational.getId(), graduates.getId());
        assertThat(find(ProgrammeKind.TIBET_SPECIAL_RECRUITMENT, null, null).items())
                .extracting(EnrolmentProgrammeSummary::id).containsExactly(graduates.getId());
        assertThat(find(null, new RegionCode("xizang"), null).items()).extracting(EnrolmentProgrammeSummary::id)
                .containsExactly(vocational.getId(), graduates.getId());
        assertThat(find(null, null, GONGYE).items()).extracting(EnrolmentProgrammeSummary::id)
                .containsExactly(vocational.getId(), graduates.getId());
        assertThat(find(null, null, XINJIANG_SCHOOL).items()).extracting(EnrolmentProgrammeSummary::id)
                .containsExactly(xinjiang.getId());
        assertThat(find(ProgrammeKind.TIBET_SPECIAL_RECRUITMENT, new RegionCode("xinjiang"), null).total()).isZero();
        assertThat(find(null, null, new UnitCode("no-such-school")).totals().funding()).isEqualByComparingTo("0");
    }

    @Test
    void totalsAreExactSumsOfEverythingThatMatchesNotOnlyThePage() {
        registerStudents();
        subsidies.add(subsidy(registered.get(2), year, 1, "1500.50"), vocational.getId());
        subsidies.add(subsidy(registered.get(9), year, 1, "800"), vocational.getId());
        subsidies.add(subsidy(registered.get(13), year, 1, "1000"), graduates.getId());

        var page = programmes.find(new EnrolmentProgrammeQuery(year, null, null, null, 0, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
        var totals = page.totals();
        assertThat(totals.quota()).isEqualTo(6 + 40 + 5);
        assertThat(totals.awaiting()).isEqualTo(2);
        assertThat(totals.admitted()).isEqualTo(3);
        assertThat(totals.enrolled()).isEqualTo(3);
        assertThat(totals.graduated()).as("graduated and every outcome").isEqualTo(4);
        assertThat(totals.funding()).isEqualByComparingTo("320.30");
        assertThat(totals.subsidised()).isEqualByComparingTo("3300.50");

        var xizang = programmes.find(new EnrolmentProgrammeQuery(year, null, new RegionCode("xizang"), null, 0, 50));
        assertThat(xizang.totals().quota()).isEqualTo(11);
        assertThat(xizang.totals().funding()).isEqualByComparingTo("224.30");
        assertThat(xizang.totals().subsidised()).isEqualByComparingTo("3300.50");
        assertThat(xizang.totals().enrolled()).isEqualTo(2);
    }

    @Test
    void eachListedProgrammeComesWithItsQuotaFilledAndItsSubsidies() {
        registerStudents();
        subsidies.add(subsidy(registered.get(2), year, 1, "1500.50"), vocational.getId());
        subsidies.add(subsidy(registered.get(9), year, 2, "800"), vocational.getId());

        var items = find(null, null, null).items();

        var listed = items.get(1);
        assertThat(listed.id()).isEqualTo(vocational.getId());
        assertThat(listed.funding()).isEqualTo(new BigDecimal("224.30"));
        assertThat(listed.subsidised()).isEqualByComparingTo("2300.50");
        assertThat(listed.quota()).isEqualTo(6);
        assertThat(listed.filled()).as("admitted, enrolled and graduated on its lines").isEqualTo(7);
        assertThat(listed.awaiting()).isEqualTo(2);
        assertThat(listed.withdrawn()).isEqualTo(1);
        assertThat(listed.hostSchools()).containsExactly(GONGYE, LVYOU);
        assertThat(items.get(0).subsidised()).isEqualByComparingTo("0");
        assertThat(items.get(0).enrolled()).isEqualTo(1);
        assertThat(items.get(2).graduated()).isEqualTo(2);
    }

    @Test
    void aWholeSchoolLineIsHeldByAllTheSchoolsStudentsAndAMajorLineOnlyByItsMajor() {
        registerStudents();

        assertThat(programmes.fill(vocational)).containsExactly(
                new QuotaFill(new QuotaLine(GONGYE, null, 3), 1, 1, 1, 2, 1),
                new QuotaFill(new QuotaLine(LVYOU, "酒店管理", 2), 0, 2, 0, 0, 0),
                new QuotaFill(new QuotaLine(LVYOU, "中餐烹饪", 1), 1, 0, 1, 0, 0));
        assertThat(programmes.fill(graduates)).containsExactly(
                new QuotaFill(new QuotaLine(GONGYE, null, 5), 0, 0, 0, 2, 0));
        assertThat(programmes.fill(xinjiang)).containsExactly(
                new QuotaFill(new QuotaLine(XINJIANG_SCHOOL, null, 40), 0, 0, 1, 0, 0));
    }

    /*
     * Students go in as JDBC batches, beside MyBatis: a read MyBatis made earlier in the same transaction must not be
     * answered again from its session's cache (an import counts the seats taken, adds students, and the next import
     * in the same unit of work counts again).
     */
    @Test
    void studentsAddedInTheTransactionAreCountedByTheNextReadOfTheSeatsTaken() {
        assertThat(programmes.fill(xinjiang)).extracting(QuotaFill::filled).containsExactly(0);

        students.add(List.of(register(xinjiang, 16, "古丽", XINJIANG_SCHOOL, null, StudentStage.ADMITTED, "kashgar")));

        assertThat(programmes.fill(xinjiang)).extracting(QuotaFill::filled).containsExactly(1);
    }

    @Test
    void anEmptyProgrammeHasItsLinesUnfilled() {
        assertThat(programmes.fill(vocational)).extracting(QuotaFill::filled, QuotaFill::awaiting)
                .containsOnly(tuple(0, 0));
        assertThat(programmes.fill(vocational)).hasSize(3);
    }

    // --- students --------------------------------------------------------------------------------------------

    @Test
    void studentsGoInAsOneBatchAndAreFoundByHostSchoolStageAndName() {
        registerStudents();

        assertThat(findStudents(null, null, null).total()).isEqualTo(10);
        assertThat(findStudents(LVYOU, null, null).items()).extracting(StudentSummary::name)
                .containsExactlyInAnyOrder("白玛", "德吉", "旺姆", "扎西");
        assertThat(findStudents(null, StudentStage.AWAITING_APPROVAL, null).items()).extracting(StudentSummary::name)
                .containsExactlyInAnyOrder("拉巴", "扎西");
        assertThat(findStudents(GONGYE, StudentStage.ADMITTED, null).items()).extracting(StudentSummary::name)
                .containsExactly("次仁卓玛");
        assertThat(findStudents(null, null, " 卓玛 ").items()).extracting(StudentSummary::name)
                .containsExactlyInAnyOrder("次仁卓玛", "央金卓玛");
        assertThat(findStudents(LVYOU, null, "卓玛").total()).isZero();
        assertThat(students.find(new StudentQuery(graduates.getId(), null, null, null, 0, 50)).total()).isEqualTo(2);
    }

    @Test
    void aPageOfStudentsIsCountedAgainstAllThatMatch() {
        registerStudents();

        var first = students.find(new StudentQuery(vocational.getId(), null, null, null, 0, 4));
        var third = students.find(new StudentQuery(vocational.getId(), null, null, null, 2, 4));

        assertThat(first.items()).hasSize(4);
        assertThat(first.total()).isEqualTo(10);
        assertThat(third.items()).hasSize(2);
        assertThat(first.items()).extracting(StudentSummary::hostSchool).containsOnly(GONGYE);
        assertThat(third.items()).extracting(StudentSummary::hostSchool).containsOnly(LVYOU);
    }

    @Test
    void aListedStudentShowsTheNumberOnlyMasked() {
        registerStudents();

        var listed = findStudents(null, null, "次仁卓玛").items();

        assertThat(listed).singleElement().satisfies(s -> {
            assertThat(s.maskedNationalId()).isEqualTo("5401**********" + number(1).substring(14));
            assertThat(s.major()).isEqualTo("数控");
            assertThat(s.poverty()).isTrue();
            assertThat(s.cohortYear()).isEqualTo(year);
            assertThat(s.programme()).isEqualTo(vocational.getId());
        });
    }

    @Test
    void readsAStudentBackWithTheNumberSealedUnderTheConfiguredKey() {
        registerStudents();
        var withdrawn = registered.get(5);

        var read = students.byId(withdrawn.getId()).orElseThrow();

        assertThat(read.name()).isEqualTo("尼玛");
        assertThat(read.gender()).isEqualTo(Gender.FEMALE);
        assertThat(read.ethnicity()).isEqualTo("藏族");
        assertThat(read.sourceRegion()).isEqualTo(new RegionCode("shigatse"));
        assertThat(read.county()).isEqualTo("城关区");
        assertThat(read.hostSchool()).isEqualTo(GONGYE);
        assertThat(read.major()).isNull();
        assertThat(read.stage()).isEqualTo(StudentStage.WITHDRAWN);
        assertThat(read.withdrawalReason()).isEqualTo("放弃入学");
        assertThat(read.overQuota()).isFalse();
        assertThat(read.nationalId()).isEqualTo(withdrawn.nationalId());
        assertThat(vault.reveal(read.nationalId()).value()).isEqualTo(number(5));
        assertThat(students.byId(registered.get(6).getId()).orElseThrow().overQuota()).isTrue();
        assertThat(students.byId(StudentId.next())).isEmpty();
    }

    @Test
    void aMoveIsSavedWithTheWithdrawalReason() {
        registerStudents();
        var student = students.byId(registered.get(2).getId()).orElseThrow();
        student.moveTo(StudentStage.WITHDRAWN, "转学回拉萨");

        students.update(student);

        var read = students.byId(student.getId()).orElseThrow();
        assertThat(read.stage()).isEqualTo(StudentStage.WITHDRAWN);
        assertThat(read.withdrawalReason()).isEqualTo("转学回拉萨");
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void refusesToOverwriteAStudentSavedMeanwhile() {
        registerStudents();
        var id = registered.get(1).getId();
        var mine = students.byId(id).orElseThrow();
        var theirs = students.byId(id).orElseThrow();
        theirs.moveTo(StudentStage.ENROLLED, null);
        students.update(theirs);

        mine.moveTo(StudentStage.WITHDRAWN, "放弃入学");
        assertConflict(() -> students.update(mine), "enrolment.student.changed-meanwhile");

        var read = students.byId(id).orElseThrow();
        assertThat(read.stage()).isEqualTo(StudentStage.ENROLLED);
        assertThat(read.withdrawalReason()).isNull();
    }

    @Test
    void findsWhoIsAlreadyRegisteredByLookupWithinTheProgrammeOnly() {
        registerStudents();
        var one = vault.lookup(NationalId.parse(number(1), TODAY));
        var fifteen = vault.lookup(NationalId.parse(number(15), TODAY));
        var nobody = vault.lookup(NationalId.parse(number(99), TODAY));

        assertThat(students.registered(vocational.getId(), List.of(one, fifteen, nobody))).containsExactly(one);
        assertThat(students.registered(xinjiang.getId(), List.of(one, fifteen, nobody))).containsExactly(fifteen);
        assertThat(students.registered(vocational.getId(), List.of())).isEmpty();
    }

    @Test
    void manyLookupsAreAskedInBatches() {
        registerStudents();
        var lookups = new ArrayList<String>();
        for (int i = 0; i < MyBatisStudents.BATCH + 10; i++) {
            lookups.add(UUID.randomUUID().toString().replace("-", "") + "%032d".formatted(i));
        }
        lookups.add(vault.lookup(NationalId.parse(number(10), TODAY)));

        assertThat(students.registered(vocational.getId(), lookups)).hasSize(1);
    }

    @Test
    void thePersonRegisteredTwiceInOneProgrammeIsAConflict() {
        registerStudents();

        assertConflict(() -> students.add(List.of(student(vocational, 1, "次仁卓玛", GONGYE, null,
                StudentStage.ADMITTED, "lhasa"))), "enrolment.student.registered-meanwhile");
        var elsewhere = student(xinjiang, 1, "次仁卓玛", XINJIANG_SCHOOL, null, StudentStage.ADMITTED, "lhasa");
        students.add(List.of(elsewhere));

        assertThat(students.byId(elsewhere.getId())).isPresent();
        assertThat(students.registered(xinjiang.getId(), List.of(elsewhere.nationalId().lookup())))
                .containsExactly(elsewhere.nationalId().lookup());
    }

    @Test
    void theNationalIdColumnHoldsNoPlainNumber() {
        var number = number(42);
        var id = NationalId.parse(number, TODAY);
        var student = new Student(StudentId.next(), vocational.getId(), "索朗", Gender.MALE, "藏族",
                vault.protect(id), new RegionCode("lhasa"), null, false, GONGYE, null, year, StudentStage.ADMITTED,
                null, false, 0);
        students.add(List.of(student));

        var row = jdbc.queryForMap("SELECT * FROM enrolment_student WHERE id = ?", student.getId().toString());

        assertThat(row).isNotEmpty();
        row.forEach((column, value) -> assertThat(String.valueOf(value)).as(column).doesNotContain(number)
                .doesNotContain(number.substring(0, 14)));
        var masked = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("national_id_masked"))
                .findFirst().orElseThrow().getValue();
        assertThat(masked).isEqualTo(id.masked()).isEqualTo("5401**********" + number.substring(14));
        assertThat(vault.reveal(students.byId(student.getId()).orElseThrow().nationalId())).isEqualTo(id);
    }

    // --- subsidies -------------------------------------------------------------------------------------------

    @Test
    void aSubsidyIsKeptExactlyAndATermIsGrantedOnlyOnce() {
        registerStudents();
        var student = registered.get(2);
        subsidies.add(subsidy(student, year, 1, "1500.50"), vocational.getId());
        subsidies.add(subsidy(student, year, 2, "0.01"), vocational.getId());

        assertConflict(() -> subsidies.add(subsidy(student, year, 1, "99"), vocational.getId()),
                "enrolment.subsidy.twice-meanwhile");

        assertThat(subsidies.ofStudent(student.getId())).satisfiesExactly(first -> {
            assertThat(first.term()).isEqualTo(new Term(year, 1));
            assertThat(first.amount()).isEqualTo(new BigDecimal("1500.50"));
            assertThat(first.purpose()).isEqualTo("生活补助");
            assertThat(first.grantedBy()).isEqualTo("职教处");
            assertThat(first.grantedAt()).isEqualTo(T2);
        }, second -> assertThat(second.amount()).isEqualTo(new BigDecimal("0.01")));
        assertThat(subsidies.totalOf(vocational.getId())).isEqualByComparingTo("1500.51");
        assertThat(subsidies.totalOf(xinjiang.getId())).isEqualByComparingTo("0");
        assertThat(subsidies.ofStudent(registered.get(9).getId())).isEmpty();
    }

    @Test
    void subsidiesAreTotalledByTheStudentsSourceRegion() {
        registerStudents();
        subsidies.add(subsidy(registered.get(2), year, 1, "1500.50"), vocational.getId());
        subsidies.add(subsidy(registered.get(2), year, 2, "1500.50"), vocational.getId());
        subsidies.add(subsidy(registered.get(9), year, 1, "800"), vocational.getId());
        subsidies.add(subsidy(registered.get(13), year, 1, "1000"), graduates.getId());

        var ofProgramme = subsidies.byRegion(vocational.getId());
        assertThat(ofProgramme.total()).isEqualTo(new BigDecimal("3801.00"));
        assertThat(ofProgramme.grants()).isEqualTo(3);
        assertThat(ofProgramme.byRegion()).extracting(SubsidyTotals.ByRegion::region, SubsidyTotals.ByRegion::students,
                SubsidyTotals.ByRegion::grants).containsExactly(
                        tuple(new RegionCode("lhasa"), 1, 2),
                        tuple(new RegionCode("shigatse"), 1, 1));
        assertThat(ofProgramme.byRegion().get(0).amount()).isEqualByComparingTo("3001.00");

        var ofYear = subsidies.byRegion(year);
        assertThat(ofYear.total()).isEqualByComparingTo("4801.00");
        assertThat(ofYear.grants()).isEqualTo(4);
        assertThat(ofYear.byRegion()).extracting(SubsidyTotals.ByRegion::region, SubsidyTotals.ByRegion::students,
                SubsidyTotals.ByRegion::grants).containsExactly(
                        tuple(new RegionCode("lhasa"), 2, 3),
                        tuple(new RegionCode("shigatse"), 1, 1));

        assertThat(subsidies.byRegion(xinjiang.getId()).total()).isEqualByComparingTo("0");
        assertThat(subsidies.byRegion(xinjiang.getId()).byRegion()).isEmpty();
    }

    // --- records ---------------------------------------------------------------------------------------------

    @Test
    void everyChangeIsKeptNewestFirst() {
        var subject = vocational.getId().toString();
        records.recordChanges(vocational.getId(), subject, List.of(new RecordedChange("created", null, "内地西藏中职班")),
                "system", T1);
        records.recordChanges(vocational.getId(), subject, List.of(new RecordedChange("funding", "224.3", "230"),
                new RecordedChange("quota", "gongye-school:3", "gongye-school:4")), "职教处", T2);
        records.recordChanges(vocational.getId(), subject, List.of(), "nobody", T2);

        var changes = records.changesOf(subject);

        assertThat(changes).hasSize(3);
        assertThat(changes.subList(0, 2)).containsExactlyInAnyOrder(
                new ChangeView(T2, "职教处", "funding", "224.3", "230"),
                new ChangeView(T2, "职教处", "quota", "gongye-school:3", "gongye-school:4"));
        assertThat(changes.get(2)).isEqualTo(new ChangeView(T1, "system", "created", null, "内地西藏中职班"));
        assertThat(records.changesOf(xinjiang.getId().toString())).isEmpty();
    }

    @Test
    void aStudentsChangesAreKeptApartFromTheProgrammes() {
        var student = StudentId.next().toString();
        records.recordChanges(vocational.getId(), student, List.of(new RecordedChange("stage", "ADMITTED", "WITHDRAWN"),
                new RecordedChange("withdrawalReason", null, "放弃入学")), "上海市工业技术学校", T1);

        assertThat(records.changesOf(student)).extracting(ChangeView::field)
                .containsExactlyInAnyOrder("stage", "withdrawalReason");
        assertThat(records.changesOf(vocational.getId().toString())).isEmpty();
    }

    @Test
    void theChangesOfManyStudentsAreWrittenTogetherEachUnderItsStudent() {
        var changesOfEach = new LinkedHashMap<String, List<RecordedChange>>();
        for (int i = 0; i < 1_201; i++) { // more than one statement's worth of rows (500)
            changesOfEach.put(StudentId.next().toString(), List.of(new RecordedChange("registered", null, "学生" + i),
                    new RecordedChange("stage", null, "ADMITTED")));
        }
        records.recordChanges(vocational.getId(), changesOfEach, "上海市工业技术学校", T1);

        changesOfEach.forEach((student, changes) -> assertThat(records.changesOf(student))
                .extracting(ChangeView::field, ChangeView::by)
                .containsExactlyInAnyOrder(tuple("registered", "上海市工业技术学校"), tuple("stage", "上海市工业技术学校")));
        var last = changesOfEach.keySet().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(records.changesOf(last)).extracting(ChangeView::after).contains("学生1200");
        assertThat(records.changesOf(vocational.getId().toString())).isEmpty();
    }

    @Test
    void everyRevealIsKeptWithWhoWhenAndWhy() {
        var student = StudentId.next().toString();
        records.recordReveal(student, "管理员", "核对学籍", T1);
        records.recordReveal(student, "管理员", "发放补助", T2);

        assertThat(records.revealsOf(student)).containsExactly(
                new ChangeView(T2, "管理员", MyBatisEnrolmentRecords.REVEAL, null, "发放补助"),
                new ChangeView(T1, "管理员", MyBatisEnrolmentRecords.REVEAL, null, "核对学籍"));
        assertThat(records.revealsOf(StudentId.next().toString())).isEmpty();
        assertThat(records.changesOf(student)).as("reveals are not changes").isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    EnrolmentProgrammePage find(ProgrammeKind kind, RegionCode region, UnitCode school) {
        return programmes.find(new EnrolmentProgrammeQuery(year, kind, region, school, 0, 50));
    }

    StudentPage findStudents(UnitCode school, StudentStage stage, String name) {
        return students.find(new StudentQuery(vocational.getId(), school, stage, name, 0, 50));
    }

    static void assertConflict(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnrolmentRejected.class, e -> {
            assertThat(e.kind()).isEqualTo(EnrolmentRejected.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
