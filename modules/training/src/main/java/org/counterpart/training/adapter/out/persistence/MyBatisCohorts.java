package org.counterpart.training.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStatus;
import org.counterpart.training.Gender;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TraineeId;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.adapter.out.persistence.CohortMapper.CertificateRow;
import org.counterpart.training.adapter.out.persistence.CohortMapper.CohortRow;
import org.counterpart.training.adapter.out.persistence.CohortMapper.TraineeRow;
import org.counterpart.training.domain.Certificate;
import org.counterpart.training.domain.Cohort;
import org.counterpart.training.domain.Cohorts;
import org.counterpart.training.domain.Trainee;
import org.springframework.stereotype.Repository;

/** Cohorts with their rosters over MyBatis; a roster is read in one query per page of cohorts. */
@Repository
class MyBatisCohorts implements Cohorts {

    private final CohortMapper mapper;

    MyBatisCohorts(CohortMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Cohort> ofProgramme(ProgrammeId programme) {
        return assemble(mapper.selectCohortsOfProgramme(programme.toString()));
    }

    @Override
    public Optional<Cohort> byId(CohortId id) {
        return Optional.ofNullable(mapper.selectCohort(id.toString())).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public void add(Cohort cohort) {
        mapper.insertCohort(row(cohort));
        insertNew(cohort, java.util.Set.of());
    }

    @Override
    public void update(Cohort cohort) {
        if (mapper.updateCohort(row(cohort)) == 0) {
            throw TrainingRejected.conflict("training.cohort.changed-meanwhile", cohort.name());
        }
        var known = new HashSet<>(mapper.selectTraineeIds(cohort.getId().toString()));
        for (var trainee : cohort.roster()) {
            if (known.contains(trainee.id().toString())) {
                mapper.updateTrainee(traineeRow(cohort, 0, trainee));
            }
        }
        insertNew(cohort, known);
    }

    private void insertNew(Cohort cohort, java.util.Set<String> known) {
        var roster = cohort.roster();
        var rows = new java.util.ArrayList<TraineeRow>();
        for (int i = 0; i < roster.size(); i++) {
            if (!known.contains(roster.get(i).id().toString())) {
                rows.add(traineeRow(cohort, i + 1, roster.get(i)));
            }
        }
        if (!rows.isEmpty()) {
            mapper.insertTrainees(rows);
        }
    }

    @Override
    public void mark(TraineeId trainee, LocalDate day, boolean present) {
        if (mapper.updateAttendance(trainee.toString(), day, present) == 0) {
            mapper.insertAttendance(trainee.toString(), day, present);
        }
    }

    @Override
    public Map<TraineeId, Map<LocalDate, Boolean>> attendance(CohortId cohort) {
        var result = new LinkedHashMap<TraineeId, Map<LocalDate, Boolean>>();
        for (var row : mapper.selectAttendance(cohort.toString())) {
            result.computeIfAbsent(TraineeId.parse(row.traineeId()), t -> new LinkedHashMap<>())
                    .put(row.attendanceDate(), row.present());
        }
        return result;
    }

    @Override
    public void issue(Certificate c) {
        mapper.insertCertificate(new CertificateRow(c.code(), c.trainee().toString(), c.cohort().toString(),
                c.programme().toString(), c.traineeName(), c.programmeName(), c.unitName(), c.place(), c.start(),
                c.end(), c.issuedOn()));
    }

    @Override
    public Optional<Certificate> certificate(String code) {
        return Optional.ofNullable(mapper.selectCertificate(code)).map(MyBatisCohorts::certificate);
    }

    @Override
    public List<Certificate> certificatesOf(CohortId cohort) {
        return mapper.selectCertificatesOfCohort(cohort.toString()).stream().map(MyBatisCohorts::certificate).toList();
    }

    @Override
    public void recordPhonesShown(CohortId cohort, int phones, String by, String username, Instant at) {
        mapper.insertPhoneReveal(cohort.toString(), at, by, username, phones);
    }

    @Override
    public List<PhoneReveal> phoneReveals(CohortId cohort, int last) {
        return mapper.selectPhoneReveals(cohort.toString(), last);
    }

    private List<Cohort> assemble(List<CohortRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var trainees = mapper.selectTrainees(rows.stream().map(CohortRow::id).toList()).stream()
                .collect(Collectors.groupingBy(TraineeRow::cohortId));
        return rows.stream().map(r -> new Cohort(new CohortId(UUID.fromString(r.id())),
                new ProgrammeId(UUID.fromString(r.programmeId())), r.name(), r.startDate(), r.endDate(), r.place(),
                CohortStatus.valueOf(r.status()), trainees.getOrDefault(r.id(), List.of()).stream()
                        .map(t -> new Trainee(new TraineeId(UUID.fromString(t.id())),
                                new TraineeDetails(t.name(), Gender.valueOf(t.gender()), t.ethnicity(), t.regionText(),
                                        t.organisation(), t.post(), t.phone()),
                                t.completed()))
                        .toList(),
                r.version())).toList();
    }

    private static CohortRow row(Cohort c) {
        return new CohortRow(c.getId().toString(), c.programme().toString(), c.name(), c.startsOn(), c.endsOn(), c.place(),
                c.status().name(), c.version());
    }

    private static TraineeRow traineeRow(Cohort cohort, int seq, Trainee t) {
        var d = t.details();
        return new TraineeRow(t.id().toString(), cohort.getId().toString(), seq, d.name(), d.gender().name(),
                d.ethnicity(), d.region(), d.organisation(), d.post(), d.phone(), t.completed());
    }

    private static Certificate certificate(CertificateRow r) {
        return new Certificate(r.code(), TraineeId.parse(r.traineeId()), CohortId.parse(r.cohortId()),
                new ProgrammeId(UUID.fromString(r.programmeId())), r.traineeName(), r.programmeName(), r.unitName(),
                r.place(), r.startDate(), r.endDate(), r.issuedOn());
    }
}
