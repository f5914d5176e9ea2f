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
import org.springframework.stereotype.Repository;

/**
 * Students over {@code enrolment_student}: the national ID number only as sealed, lookup and masked columns. A list
 * of students goes in as batches of multi-row inserts.
 */
@Repository
class MyBatisStudents implements Students {

    /** Rows per INSERT statement: large lists go in a few statements, each well below the server's packet limit. */
    static final int BATCH = 500;

    private final StudentMapper mapper;

    MyBatisStudents(StudentMapper mapper) {
        this.mapper = mapper;
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
            for (int from = 0; from < rows.size(); from += BATCH) {
                mapper.insert(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
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
