package org.counterpart.enrolment.adapter.out.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.Gender;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentPage;
import org.counterpart.enrolment.StudentQuery;
import org.counterpart.enrolment.StudentStage;
import org.counterpart.enrolment.StudentSummary;
import org.counterpart.enrolment.adapter.out.persistence.StudentMapper.StudentRow;
import org.counterpart.enrolment.domain.ProtectedNationalId;
import org.counterpart.enrolment.domain.Student;
import org.counterpart.enrolment.domain.Students;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Students over {@code enrolment_student}: the national ID number only as sealed, lookup and masked columns. A list
 * of students (an import of a year's intake) goes in as a JDBC batch that Connector/J sends as multi-row inserts.
 */
@Repository
class MyBatisStudents implements Students {

    /** Rows per INSERT statement: large lists go in a few statements, each well below the server's packet limit. */
    static final int BATCH = 500;

    /*
     * As StudentMapper's columns, one row a statement in a batch (rewriteBatchedStatements in the mysql profile makes
     * it multi-row inserts). MyBatis building a statement of 500 rows and 9,000 parameters took most of an 833-row
     * import's own time (docs/performance.md, sixth round).
     */
    static final String INSERT = "INSERT INTO enrolment_student (id, programme_id, name, gender, ethnicity, "
            + "national_id_sealed, national_id_lookup, national_id_masked, region_code, county, poverty, host_school, "
            + "major, cohort_year, stage, withdrawal_reason, over_quota, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final StudentMapper mapper;
    private final JdbcTemplate jdbc;

    MyBatisStudents(StudentMapper mapper, JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public StudentPage find(StudentQuery query) {
        var programme = query.programme().toString();
        var pattern = query.name() == null ? null : "%" + escapeLike(query.name()) + "%";
        return new StudentPage(mapper.find(query, programme, pattern, query.offset()).stream()
                .map(MyBatisStudents::summary).toList(), mapper.count(query, programme, pattern));
    }

    /** A name searched for is text: % and _ in it match themselves, not any characters. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<Student> byId(StudentId id) {
        return Optional.ofNullable(mapper.selectById(id.toString())).map(MyBatisStudents::student);
    }

    @Override
    public Set<String> registered(EnrolmentProgrammeId programme, Collection<String> lookups) {
        var found = new HashSet<String>();
        var all = List.copyOf(lookups);
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(mapper.selectRegistered(programme.toString(), all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return found;
    }

    @Override
    public void add(List<Student> students) {
        var rows = students.stream().map(MyBatisStudents::row).toList();
        try {
            jdbc.batchUpdate(INSERT, rows, BATCH, (statement, r) -> {
                statement.setString(1, r.id());
                statement.setString(2, r.programmeId());
                statement.setString(3, r.name());
                statement.setString(4, r.gender());
                statement.setString(5, r.ethnicity());
                statement.setString(6, r.nationalIdSealed());
                statement.setString(7, r.nationalIdLookup());
                statement.setString(8, r.nationalIdMasked());
                statement.setString(9, r.regionCode());
                statement.setString(10, r.county());
                statement.setBoolean(11, r.poverty());
                statement.setString(12, r.hostSchool());
                statement.setString(13, r.major());
                statement.setInt(14, r.cohortYear());
                statement.setString(15, r.stage());
                statement.setString(16, r.withdrawalReason());
                statement.setBoolean(17, r.overQuota());
                statement.setLong(18, r.version());
            });
        } catch (DuplicateKeyException e) {
            throw EnrolmentRejected.conflict("enrolment.student.registered-meanwhile");
        }
    }

    @Override
    public void update(Student student) {
        if (mapper.update(row(student)) == 0) {
            throw EnrolmentRejected.conflict("enrolment.student.changed-meanwhile", student.name());
        }
    }

    private static Student student(StudentRow r) {
        return new Student(new StudentId(UUID.fromString(r.id())),
                new EnrolmentProgrammeId(UUID.fromString(r.programmeId())), r.name(), Gender.valueOf(r.gender()),
                r.ethnicity(), new ProtectedNationalId(r.nationalIdSealed(), r.nationalIdLookup(), r.nationalIdMasked()),
                new RegionCode(r.regionCode()), r.county(), r.poverty(), new UnitCode(r.hostSchool()), r.major(),
                r.cohortYear(), StudentStage.valueOf(r.stage()), r.withdrawalReason(), r.overQuota(), r.version());
    }

    private static StudentSummary summary(StudentRow r) {
        return new StudentSummary(new StudentId(UUID.fromString(r.id())),
                new EnrolmentProgrammeId(UUID.fromString(r.programmeId())), r.name(), Gender.valueOf(r.gender()),
                r.ethnicity(), r.nationalIdMasked(), new RegionCode(r.regionCode()), r.county(), r.poverty(),
                new UnitCode(r.hostSchool()), r.major(), r.cohortYear(), StudentStage.valueOf(r.stage()),
                r.withdrawalReason(), r.overQuota(), r.version());
    }

    private static StudentRow row(Student s) {
        return new StudentRow(s.getId().toString(), s.programme().toString(), s.name(), s.gender().name(),
                s.ethnicity(), s.nationalId().sealed(), s.nationalId().lookup(), s.nationalId().masked(),
                s.sourceRegion().value(), s.county(), s.poverty(), s.hostSchool().value(), s.major(), s.cohortYear(),
                s.stage().name(), s.withdrawalReason(), s.overQuota(), s.version());
    }
}
