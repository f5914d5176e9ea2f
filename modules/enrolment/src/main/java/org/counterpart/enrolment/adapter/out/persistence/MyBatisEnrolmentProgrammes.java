package org.counterpart.enrolment.adapter.out.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.enrolment.EnrolmentProgrammeId;
import org.counterpart.enrolment.EnrolmentProgrammePage;
import org.counterpart.enrolment.EnrolmentProgrammeQuery;
import org.counterpart.enrolment.EnrolmentProgrammeSummary;
import org.counterpart.enrolment.EnrolmentRejected;
import org.counterpart.enrolment.ProgrammeKind;
import org.counterpart.enrolment.QuotaFill;
import org.counterpart.enrolment.QuotaLine;
import org.counterpart.enrolment.adapter.out.persistence.EnrolmentProgrammeMapper.FillRow;
import org.counterpart.enrolment.adapter.out.persistence.EnrolmentProgrammeMapper.ProgrammeRow;
import org.counterpart.enrolment.adapter.out.persistence.EnrolmentProgrammeMapper.QuotaRow;
import org.counterpart.enrolment.domain.EnrolmentProgramme;
import org.counterpart.enrolment.domain.EnrolmentProgrammes;
import org.springframework.stereotype.Repository;

/**
 * Programmes over {@code enrolment_programme} and {@code enrolment_quota}; a page's quota lines are filled in one
 * query and the totals summed by the database, exactly. A major of '' in the table is a line for the whole school.
 */
@Repository
class MyBatisEnrolmentProgrammes implements EnrolmentProgrammes {

    private final EnrolmentProgrammeMapper mapper;

    MyBatisEnrolmentProgrammes(EnrolmentProgrammeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Integer> years() {
        return mapper.selectYears();
    }

    @Override
    public EnrolmentProgrammePage find(EnrolmentProgrammeQuery query) {
        var rows = mapper.find(query, query.offset());
        var ids = rows.stream().map(ProgrammeRow::id).toList();
        var fills = fills(ids);
        var subsidised = ids.isEmpty() ? Map.<String, BigDecimal>of()
                : mapper.subsidised(ids).stream().collect(Collectors.toMap(r -> r.programmeId(), r -> r.amount()));
        var items = rows.stream().map(r -> new EnrolmentProgrammeSummary(id(r), r.academicYear(),
                ProgrammeKind.valueOf(r.kind()), r.name(), new RegionCode(r.regionCode()), r.planTask(),
                new OfficeCode(r.coordinatingOffice()), r.funding(), fills.getOrDefault(r.id(), List.of()),
                subsidised.getOrDefault(r.id(), BigDecimal.ZERO.setScale(2)), r.version())).toList();
        var t = mapper.totals(query);
        return new EnrolmentProgrammePage(items, mapper.count(query), new EnrolmentProgrammePage.Totals(
                orZero(t.quota()), orZero(t.awaiting()), orZero(t.admitted()), orZero(t.enrolled()),
                orZero(t.graduated()), t.funding(), t.subsidised()));
    }

    @Override
    public Optional<EnrolmentProgramme> byId(EnrolmentProgrammeId id) {
        return Optional.ofNullable(mapper.selectById(id.toString())).map(this::programme);
    }

    @Override
    public Optional<EnrolmentProgramme> lock(EnrolmentProgrammeId id) {
        return Optional.ofNullable(mapper.selectByIdForUpdate(id.toString())).map(this::programme);
    }

    @Override
    public boolean exists(int academicYear, ProgrammeKind kind, RegionCode region) {
        return mapper.countByKind(academicYear, kind.name(), region.value()) > 0;
    }

    @Override
    public List<QuotaFill> fill(EnrolmentProgramme programme) {
        return fills(List.of(programme.getId().toString())).getOrDefault(programme.getId().toString(), List.of());
    }

    @Override
    public void add(EnrolmentProgramme programme) {
        try {
            mapper.insert(row(programme));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw EnrolmentRejected.conflict("enrolment.programme.exists", programme.academicYear(), programme.name());
        }
        mapper.insertQuotas(quotaRows(programme));
    }

    @Override
    public void update(EnrolmentProgramme programme) {
        if (mapper.update(row(programme)) == 0) {
            throw EnrolmentRejected.conflict("enrolment.programme.changed-meanwhile", programme.name());
        }
        mapper.deleteQuotas(programme.getId().toString());
        mapper.insertQuotas(quotaRows(programme));
    }

    private Map<String, List<QuotaFill>> fills(List<String> ids) {
        var fills = new HashMap<String, List<QuotaFill>>();
        if (!ids.isEmpty()) {
            for (FillRow r : mapper.fill(ids)) {
                fills.computeIfAbsent(r.programmeId(), k -> new ArrayList<>()).add(new QuotaFill(
                        new QuotaLine(new UnitCode(r.hostSchool()), r.major(), r.seats()), r.awaiting(), r.admitted(),
                        r.enrolled(), r.graduated(), r.withdrawn()));
            }
        }
        return fills;
    }

    private EnrolmentProgramme programme(ProgrammeRow r) {
        var quotas = mapper.selectQuotas(r.id()).stream()
                .map(q -> new QuotaLine(new UnitCode(q.hostSchool()), q.major(), q.seats())).toList();
        return new EnrolmentProgramme(id(r), r.academicYear(), ProgrammeKind.valueOf(r.kind()), r.name(),
                new RegionCode(r.regionCode()), r.planTask(), new OfficeCode(r.coordinatingOffice()), r.funding(),
                quotas, r.version());
    }

    private static EnrolmentProgrammeId id(ProgrammeRow r) {
        return new EnrolmentProgrammeId(UUID.fromString(r.id()));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static ProgrammeRow row(EnrolmentProgramme p) {
        return new ProgrammeRow(p.getId().toString(), p.academicYear(), p.kind().name(), p.name(),
                p.sourceRegion().value(), p.planTask(), p.coordinatingOffice().value(), p.funding(), p.version());
    }

    private static List<QuotaRow> quotaRows(EnrolmentProgramme p) {
        var rows = new ArrayList<QuotaRow>();
        var lines = p.quotas();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            rows.add(new QuotaRow(p.getId().toString(), line.hostSchool().value(),
                    line.major() == null ? "" : line.major(), line.seats(), i + 1));
        }
        return rows;
    }
}
