package org.counterpart.enrolment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.ManageStudents;
import org.counterpart.enrolment.NewStudent;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.StudentDetails;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentImport;
import org.counterpart.enrolment.StudentImportRejected;
import org.counterpart.enrolment.StudentPage;
import org.counterpart.enrolment.StudentQueries;
import org.counterpart.enrolment.StudentQuery;
import org.counterpart.enrolment.StudentRow;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentSummary;
import org.counterpart.enrolment.StudentsMoved;
import org.counterpart.enrolment.SubsidyView;
import org.counterpart.enrolment.domain.Admission;
import org.counterpart.enrolment.domain.EnrolmentPermissions;
import org.counterpart.enrolment.domain.EnrolmentProgramme;
import org.counterpart.enrolment.domain.EnrolmentProgrammes;
import org.counterpart.enrolment.domain.EnrolmentRecords;
import org.counterpart.enrolment.domain.EntryYear;
import org.counterpart.enrolment.domain.NationalId;
import org.counterpart.enrolment.domain.NationalIdVault;
import org.counterpart.enrolment.domain.RecordedChange;
import org.counterpart.enrolment.domain.Student;
import org.counterpart.enrolment.domain.Students;
import org.counterpart.enrolment.domain.Subsidies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students: reading their records as the user may, registering them one by one or from a list (all or nothing),
 * moving them through their stages, and the audited reveal of a national ID number. Admissions take the programme's
 * row lock, so two schools admitting at once cannot both take the last seat.
 */
@Service
@Transactional(readOnly = true)
class StudentService implements StudentQueries, ManageStudents {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** How many of the last showings of a programme's students the commission office is shown. */
    static final int STUDENTS_SHOWN_LISTED = 20;

    private final EnrolmentProgrammes programmes;
    private final Students students;
    private final Subsidies subsidies;
    private final EnrolmentRecords records;
    private final NationalIdVault vault;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudentService(EnrolmentProgrammes programmes, Students students, Subsidies subsidies, EnrolmentRecords records,
            NationalIdVault vault, Directory directory, CurrentUser currentUser, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.programmes = programmes;
        this.students = students;
        this.subsidies = subsidies;
        this.records = records;
        this.vault = vault;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Written to, not only read: every showing of students' records is recorded. */
    @Override
    @Transactional
    public StudentPage students(StudentQuery query) {
        var user = currentUser.require();
        var programme = programme(query.programme());
        StudentPage page;
        if (EnrolmentPermissions.readsAllStudents(user)) {
            page = students.find(query);
        } else if (user.role() == Role.UNIT && programme.hosts(user.unit())
                && (query.hostSchool() == null || user.actsFor(query.hostSchool()))) {
            page = students.find(query.ofSchool(user.unit()));
        } else {
            throw EnrolmentRejected.forbidden("enrolment.student.forbidden.read");
        }
        if (!page.items().isEmpty()) {
            records.recordStudentsShown(query.programme(), null, page.items().size(), user.displayName(),
                    user.username(), clock.instant());
        }
        return page;
    }

    /** Written to, not only read: every showing of a student's record is recorded. */
    @Override
    @Transactional
    public Optional<StudentDetails> student(StudentId id) {
        var user = currentUser.require();
        var student = students.byId(id);
        if (student.isEmpty()) {
            return Optional.empty();
        }
        if (!EnrolmentPermissions.mayReadStudentsOf(user, student.get().hostSchool())) {
            throw EnrolmentRejected.forbidden("enrolment.student.forbidden.read");
        }
        records.recordStudentsShown(student.get().programme(), id.toString(), 1, user.displayName(), user.username(),
                clock.instant());
        return Optional.of(details(student.get(), programme(student.get().programme()), user));
    }

    @Override
    public Optional<List<Shown>> studentsShown(EnrolmentProgrammeId programme) {
        if (!currentUser.require().isAdmin()) {
            return Optional.empty();
        }
        return Optional.of(records.studentsShown(programme, STUDENTS_SHOWN_LISTED).stream()
                .map(r -> new Shown(r.at(), r.byName(), r.username(),
                        r.student() == null ? null : StudentId.parse(r.student()), r.students()))
                .toList());
    }

    @Override
    @Transactional
    public StudentDetails admit(EnrolmentProgrammeId programmeId, NewStudent command) {
        var user = currentUser.get();
        var programme = programmes.lock(programmeId)
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found"));
        requireAdmitter(user, programme, command.hostSchool());
        var nationalId = NationalId.parse(command.nationalId(), today());
        var lookup = vault.lookup(nationalId);
        if (!students.registered(programmeId, List.of(lookup)).isEmpty()) {
            throw EnrolmentRejected.conflict("enrolment.student.already-registered", nationalId.masked());
        }
        var decision = admission(programme, user).admit(command.hostSchool(), blankToNull(command.major()));
        var student = new Student(StudentId.next(), programmeId, command.name(), command.gender(),
                command.ethnicity(), vault.protect(nationalId), command.sourceRegion(), command.county(),
                command.poverty(), command.hostSchool(), command.major(), command.cohortYear(), decision.stage(), null,
                decision.overQuota(), 0);
        requireRegion(student.sourceRegion());
        students.add(List.of(student));
        registered(programme, List.of(student), by(user));
        return details(students.byId(student.getId()).orElseThrow(), programme, user.orElse(null));
    }

    @Override
    public StudentImport previewImport(EnrolmentProgrammeId programmeId, List<StudentRow> rows) {
        var user = currentUser.get();
        var programme = programme(programmeId);
        requireImporter(user, programme);
        return entries(read(programme, user, rows));
    }

    @Override
    @Transactional
    public StudentImport importStudents(EnrolmentProgrammeId programmeId, List<StudentRow> rows) {
        var user = currentUser.get();
        var programme = programmes.lock(programmeId)
                .orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found"));
        requireImporter(user, programme);
        var read = read(programme, user, rows);
        var added = read.stream().map(ReadRow::student).toList();
        students.add(added);
        registered(programme, added, by(user));
        return entries(read);
    }

    @Override
    @Transactional
    public StudentDetails move(StudentId id, StudentStage to, String reason, long seenVersion) {
        var user = currentUser.get();
        var student = students.byId(id).orElseThrow(() -> EnrolmentRejected.notFound("enrolment.student.not-found"));
        if (user.isPresent() && !EnrolmentPermissions.mayReadStudentsOf(user.get(), student.hostSchool())) {
            throw EnrolmentRejected.forbidden("enrolment.student.forbidden.read");
        }
        var programme = programmes.lock(student.programme()).orElseThrow();
        var approving = student.stage() == StudentStage.AWAITING_APPROVAL && to != StudentStage.WITHDRAWN;
        if (user.isPresent() && (approving ? !EnrolmentPermissions.mayApprove(user.get())
                : !EnrolmentPermissions.mayManageStudentsOf(user.get(), student.hostSchool()))) {
            throw EnrolmentRejected.forbidden(approving ? "enrolment.student.forbidden.approve"
                    : "enrolment.student.forbidden.manage");
        }
        if (approving && to != programme.kind().entryStage()) {
            throw EnrolmentRejected.invalid("enrolment.stage.not-allowed", student.stage(), to);
        }
        if (student.version() != seenVersion) {
            throw EnrolmentRejected.conflict("enrolment.student.changed-meanwhile", student.name());
        }
        var from = student.stage();
        student.moveTo(to, reason);
        students.update(student);
        records.recordChanges(programme.getId(), id.toString(), student.drainChanges(), by(user), clock.instant());
        events.publishEvent(StudentsMoved.of(programme.getId(), programme.academicYear(), programme.kind(), from, to,
                List.of(new StudentsMoved.RegionCount(student.sourceRegion(), 1))));
        return details(students.byId(id).orElseThrow(), programme, user.orElse(null));
    }

    @Override
    @Transactional
    public String revealNationalId(StudentId id, String reason) {
        var user = currentUser.require();
        if (!EnrolmentPermissions.mayReveal(user)) {
            throw EnrolmentRejected.forbidden("enrolment.national-id.forbidden.reveal");
        }
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw EnrolmentRejected.invalid("enrolment.national-id.reason-required", 200);
        }
        var student = students.byId(id).orElseThrow(() -> EnrolmentRejected.notFound("enrolment.student.not-found"));
        var revealed = vault.reveal(student.nationalId());
        records.recordReveal(id.toString(), user.displayName(), why, clock.instant());
        return revealed.value();
    }

    /** One row read: the student it registers and the line it came from. */
    private record ReadRow(int line, Student student) {
    }

    /**
     * Reads every row, collecting every problem of every row before refusing, so that one round of corrections
     * suffices; decides each admission against the quota in file order.
     */
    private List<ReadRow> read(EnrolmentProgramme programme, Optional<UserContext> user, List<StudentRow> rows) {
        var problems = new ArrayList<StudentImportRejected.Problem>();
        var read = new ArrayList<ReadRow>();
        var admission = admission(programme, user);
        var seenInFile = new HashMap<String, Integer>();
        var lookups = new LinkedHashMap<Integer, String>();
        var today = today();
        for (var row : rows) {
            try {
                var nationalId = NationalId.parse(row.nationalId(), today);
                var lookup = vault.lookup(nationalId);
                var earlier = seenInFile.putIfAbsent(lookup, row.line());
                if (earlier != null) {
                    problems.add(problem(row.line(), "enrolment.import.duplicate", nationalId.masked(), earlier));
                    continue;
                }
                var school = school(row.school(), user);
                if (user.isPresent() && !EnrolmentPermissions.mayManageStudentsOf(user.get(), school)) {
                    problems.add(problem(row.line(), "enrolment.import.other-school", row.school()));
                    continue;
                }
                var region = region(row.region());
                var cohortYear = cohortYear(row.cohortYear(), programme.academicYear());
                var gender = Gender.parse(row.gender());
                var poverty = poverty(row.poverty());
                // Check the record before deciding the seat, so a wrong row never takes one.
                var probe = new Student(StudentId.next(), programme.getId(), row.name(), gender, row.ethnicity(),
                        vault.protect(nationalId), region, row.county(), poverty, school, row.major(), cohortYear,
                        programme.kind().entryStage(), null, false, 0);
                var decision = admission.admit(school, probe.major());
                read.add(new ReadRow(row.line(), new Student(probe.getId(), programme.getId(), probe.name(), gender,
                        probe.ethnicity(), probe.nationalId(), region, probe.county(), poverty, school, probe.major(),
                        cohortYear, decision.stage(), null, decision.overQuota(), 0)));
                lookups.put(row.line(), lookup);
            } catch (EnrolmentRejected rejected) {
                problems.add(new StudentImportRejected.Problem(row.line(), rejected.messageKey(),
                        List.of(rejected.arguments())));
            }
        }
        var already = students.registered(programme.getId(), lookups.values());
        lookups.forEach((line, lookup) -> {
            if (already.contains(lookup)) {
                problems.add(problem(line, "enrolment.import.already-registered"));
            }
        });
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(problem(0, "enrolment.import.no-rows"));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(StudentImportRejected.Problem::line));
            throw new StudentImportRejected(problems);
        }
        return read;
    }

    private static StudentImportRejected.Problem problem(int line, String key, Object... arguments) {
        return new StudentImportRejected.Problem(line, key, List.of(arguments));
    }

    private StudentImport entries(List<ReadRow> read) {
        return new StudentImport(read.stream().map(r -> new StudentImport.Entry(r.line(), r.student().name(),
                r.student().nationalId().masked(), schoolName(r.student().hostSchool()), r.student().major(),
                r.student().stage())).toList());
    }

    private String schoolName(UnitCode school) {
        return directory.unit(school).map(u -> u.nameZh()).orElse(school.value());
    }

    private UnitCode school(String text, Optional<UserContext> user) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (user.isPresent() && user.get().role() == Role.UNIT) {
                return user.get().unit();
            }
            throw EnrolmentRejected.invalid("enrolment.student.school-required");
        }
        return directory.unitNamed(value).map(u -> u.code())
                .or(() -> directory.unit(new UnitCode(value)).map(u -> u.code()))
                .orElseThrow(() -> EnrolmentRejected.invalid("enrolment.student.school-unknown", value));
    }

    private RegionCode region(String text) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.student.region-required");
        }
        return directory.regionNamed(value).map(r -> r.code())
                .or(() -> directory.region(new RegionCode(value)).map(r -> r.code()))
                .orElseThrow(() -> EnrolmentRejected.invalid("enrolment.student.region-unknown", value));
    }

    private void requireRegion(RegionCode region) {
        if (directory.region(region).isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.student.region-unknown", region.value());
        }
    }

    /** 入学年份 as typed ({@link EntryYear}); the programme's academic year when left empty. */
    private static int cohortYear(String text, int fallback) {
        return EntryYear.parse(text).orElse(fallback);
    }

    /** 建档立卡: 是 / 否 (also Y / N, yes / no, 1 / 0, √); empty is no. */
    static boolean poverty(String text) {
        var value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "是", "y", "yes", "true", "1", "√", "建档立卡" -> true;
            case "", "否", "n", "no", "false", "0" -> false;
            default -> throw EnrolmentRejected.invalid("enrolment.student.poverty-unknown", text.strip());
        };
    }

    private Admission admission(EnrolmentProgramme programme, Optional<UserContext> user) {
        Map<QuotaLine, Integer> taken = new HashMap<>();
        for (QuotaFill fill : programmes.fill(programme)) {
            taken.put(fill.line(), fill.filled());
        }
        return new Admission(programme, taken, user.map(EnrolmentPermissions::mayApprove).orElse(true));
    }

    private static void requireAdmitter(Optional<UserContext> user, EnrolmentProgramme programme, UnitCode school) {
        if (user.isPresent() && !(EnrolmentPermissions.mayAdmit(user.get(), programme)
                && (school == null || EnrolmentPermissions.mayManageStudentsOf(user.get(), school)))) {
            throw EnrolmentRejected.forbidden("enrolment.student.forbidden.manage");
        }
    }

    private static void requireImporter(Optional<UserContext> user, EnrolmentProgramme programme) {
        if (user.isPresent() && !EnrolmentPermissions.mayAdmit(user.get(), programme)) {
            throw EnrolmentRejected.forbidden("enrolment.student.forbidden.manage");
        }
    }

    /** Records each registration and tells the other modules how many students, of which regions, in which stage. */
    private void registered(EnrolmentProgramme programme, List<Student> added, String by) {
        var at = clock.instant();
        var changesOfEach = new LinkedHashMap<String, List<RecordedChange>>();
        for (var student : added) {
            var changes = new ArrayList<RecordedChange>();
            changes.add(new RecordedChange("registered", null, student.name() + " · " + student.nationalId().masked()));
            changes.add(new RecordedChange("stage", null, student.stage().name()));
            if (student.overQuota()) {
                changes.add(new RecordedChange("overQuota", null, student.stage() == StudentStage.AWAITING_APPROVAL
                        ? "awaiting" : "approved"));
            }
            changesOfEach.put(student.getId().toString(), changes);
        }
        records.recordChanges(programme.getId(), changesOfEach, by, at);
        var byStage = new TreeMap<StudentStage, Map<RegionCode, Integer>>();
        added.forEach(s -> byStage.computeIfAbsent(s.stage(), k -> new LinkedHashMap<>()).merge(s.sourceRegion(), 1,
                Integer::sum));
        byStage.forEach((stage, regions) -> events.publishEvent(StudentsMoved.of(programme.getId(),
                programme.academicYear(), programme.kind(), null, stage, regions.entrySet().stream()
                        .map(e -> new StudentsMoved.RegionCount(e.getKey(), e.getValue())).toList())));
    }

    private StudentDetails details(Student s, EnrolmentProgramme programme, UserContext user) {
        var subsidyViews = subsidies.ofStudent(s.getId()).stream().map(g -> new SubsidyView(g.getId(), s.getId(),
                g.term(), g.amount(), g.purpose(), g.grantedBy(), g.grantedAt())).toList();
        var changes = new ArrayList<>(records.changesOf(s.getId().toString()));
        if (user != null && EnrolmentPermissions.mayReveal(user)) {
            changes.addAll(records.revealsOf(s.getId().toString()));
            changes.sort(java.util.Comparator.comparing(org.counterpart.enrolment.ChangeView::at).reversed());
        }
        var next = s.stage() == StudentStage.AWAITING_APPROVAL
                ? java.util.EnumSet.of(programme.kind().entryStage(), StudentStage.WITHDRAWN) : s.stage().next();
        var manage = user != null && EnrolmentPermissions.mayManageStudentsOf(user, s.hostSchool());
        return new StudentDetails(summary(s), subsidyViews, changes, next, manage,
                user != null && EnrolmentPermissions.mayApprove(user),
                user != null && EnrolmentPermissions.mayGrant(user, programme, s),
                user != null && EnrolmentPermissions.mayReveal(user));
    }

    static StudentSummary summary(Student s) {
        return new StudentSummary(s.getId(), s.programme(), s.name(), s.gender(), s.ethnicity(),
                s.nationalId().masked(), s.sourceRegion(), s.county(), s.poverty(), s.hostSchool(), s.major(),
                s.cohortYear(), s.stage(), s.withdrawalReason(), s.overQuota(), s.version());
    }

    private EnrolmentProgramme programme(EnrolmentProgrammeId id) {
        return programmes.byId(id).orElseThrow(() -> EnrolmentRejected.notFound("enrolment.programme.not-found"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    private static String by(Optional<UserContext> user) {
        return user.map(UserContext::displayName).orElse(EnrolmentProgrammeService.SYSTEM);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
