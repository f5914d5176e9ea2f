package org.counterpart.enrolment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.StudentPage;
import org.counterpart.enrolment.StudentQuery;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where students are kept, their national ID numbers only protected. */
@SecondaryPort
public interface Students {

    StudentPage find(StudentQuery query);

    Optional<Student> byId(StudentId id);

    /** Of these lookup keys, those already registered in the programme. */
    Set<String> registered(EnrolmentProgrammeId programme, Collection<String> lookups);

    /** Adds them all in one batch. */
    void add(List<Student> students);

    /** @throws org.counterpart.enrolment.EnrolmentRejected of kind CONFLICT when someone saved it meanwhile */
    void update(Student student);
}
