package org.counterpart.enrolment.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.counterpart.directory.RegionCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.StudentId;
import org.counterpart.enrolment.SubsidyId;
import org.counterpart.enrolment.SubsidyTotals;
import org.counterpart.enrolment.Term;
import org.counterpart.enrolment.adapter.out.persistence.SubsidyMapper.RegionRow;
import org.counterpart.enrolment.adapter.out.persistence.SubsidyMapper.SubsidyRow;
import org.counterpart.enrolment.domain.Subsidies;
import org.counterpart.enrolment.domain.Subsidy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Subsidies over {@code enrolment_subsidy}; its unique key on student and term refuses a second grant that raced past
 * the check.
 */
@Repository
class MyBatisSubsidies implements Subsidies {

    private final SubsidyMapper mapper;

    MyBatisSubsidies(SubsidyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Subsidy> ofStudent(StudentId student) {
        return mapper.selectOfStudent(student.toString()).stream()
                .map(r -> new Subsidy(new SubsidyId(UUID.fromString(r.id())), student,
                        new Term(r.termYear(), r.termHalf()), r.amount(), r.purpose(), r.grantedBy(), r.grantedAt()))
                .toList();
    }

    @Override
    public void add(Subsidy subsidy, EnrolmentProgrammeId programme) {
        try {
            mapper.insert(new SubsidyRow(subsidy.getId().toString(), subsidy.student().toString(),
                    programme.toString(), subsidy.term().academicYear(), subsidy.term().half(), subsidy.amount(),
                    subsidy.purpose(), subsidy.grantedBy(), subsidy.grantedAt()));
        } catch (DuplicateKeyException e) {
            throw EnrolmentRejected.conflict("enrolment.subsidy.twice-meanwhile", subsidy.term());
        }
    }

    @Override
    public BigDecimal totalOf(EnrolmentProgrammeId programme) {
        return mapper.totalOf(programme.toString());
    }

    @Override
    public SubsidyTotals byRegion(EnrolmentProgrammeId programme) {
        return totals(mapper.byRegionOfProgramme(programme.toString()));
    }

    @Override
    public SubsidyTotals byRegion(int academicYear) {
        return totals(mapper.byRegionOfYear(academicYear));
    }

    private static SubsidyTotals totals(List<RegionRow> rows) {
        var total = rows.stream().map(RegionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new SubsidyTotals(total, rows.stream().mapToInt(RegionRow::grants).sum(), rows.stream()
                .map(r -> new SubsidyTotals.ByRegion(new RegionCode(r.regionCode()), r.students(), r.grants(),
                        r.amount()))
                .toList());
    }
}
