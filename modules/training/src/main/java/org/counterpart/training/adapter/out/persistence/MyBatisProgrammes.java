package org.counterpart.training.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.training.Funding;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePage;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.ProgrammeSummary;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.adapter.out.persistence.ProgrammeMapper.ChangeRow;
import org.counterpart.training.adapter.out.persistence.ProgrammeMapper.ProgrammeRow;
import org.counterpart.training.domain.Programme;
import org.counterpart.training.domain.ProgrammeChange;
import org.counterpart.training.domain.Programmes;
import org.springframework.stereotype.Repository;

/** Programmes over {@code training_programme}; the totals of a list are summed by the database, exactly. */
@Repository
class MyBatisProgrammes implements Programmes {

    private final ProgrammeMapper mapper;

    MyBatisProgrammes(ProgrammeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Integer> years() {
        return mapper.selectYears();
    }

    @Override
    public ProgrammePage find(ProgrammeQuery query) {
        var items = mapper.find(query, query.offset()).stream().map(MyBatisProgrammes::summary).toList();
        var totals = mapper.totals(query);
        var money = items.isEmpty() ? java.util.Map.<ProgrammeId, ProgrammePage.Money>of()
                : mapper.money(items.stream().map(p -> p.id().toString()).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(r -> new ProgrammeId(UUID.fromString(r.programmeId())),
                                r -> new ProgrammePage.Money(r.budgeted(), r.spent())));
        return new ProgrammePage(items, totals.programmes(), new ProgrammePage.Totals(totals.commissionFunding(),
                totals.partnerFunding(), totals.plannedTrainees() == null ? 0 : totals.plannedTrainees(),
                totals.budgeted(), totals.spent()), money);
    }

    @Override
    public Optional<Programme> byId(ProgrammeId id) {
        return Optional.ofNullable(mapper.selectById(id.toString())).map(MyBatisProgrammes::programme);
    }

    @Override
    public boolean exists(int year, int number) {
        return mapper.countByNumber(year, number) > 0;
    }

    @Override
    public void add(Programme programme) {
        mapper.insert(row(programme));
    }

    @Override
    public void update(Programme programme) {
        if (mapper.update(row(programme)) == 0) {
            throw TrainingRejected.conflict("training.programme.changed-meanwhile", programme.name());
        }
    }

    @Override
    public void recordChanges(ProgrammeId programme, List<ProgrammeChange> changes, String by, Instant at) {
        if (!changes.isEmpty()) {
            mapper.insertChanges(changes.stream()
                    .map(c -> new ChangeRow(programme.toString(), at, by, c.field(), c.before(), c.after())).toList());
        }
    }

    @Override
    public List<RecordedChange> changesOf(ProgrammeId programme) {
        return mapper.selectChanges(programme.toString()).stream()
                .map(r -> new RecordedChange(r.changedAt(), r.changedBy(), r.fieldName(), r.beforeText(), r.afterText()))
                .toList();
    }

    private static Programme programme(ProgrammeRow r) {
        return new Programme(new ProgrammeId(UUID.fromString(r.id())), r.programmeYear(), r.seq(), r.name(),
                new RegionCode(r.regionCode()), TrainingMode.valueOf(r.mode()),
                new Funding(r.commissionFunding(), r.partnerFunding()), r.partnerName(), r.plannedTrainees(),
                duration(r), new UnitCode(r.implementingUnit()), new OfficeCode(r.coordinatingOffice()), r.planTask(),
                r.version());
    }

    private static ProgrammeSummary summary(ProgrammeRow r) {
        return new ProgrammeSummary(new ProgrammeId(UUID.fromString(r.id())), r.programmeYear(), r.seq(), r.name(),
                new RegionCode(r.regionCode()), TrainingMode.valueOf(r.mode()),
                new Funding(r.commissionFunding(), r.partnerFunding()), r.partnerName(), r.plannedTrainees(),
                duration(r), new UnitCode(r.implementingUnit()), new OfficeCode(r.coordinatingOffice()), r.planTask(),
                r.version());
    }

    private static TrainingDuration duration(ProgrammeRow r) {
        return new TrainingDuration(r.durationMin(), r.durationMax(), TrainingDuration.Unit.valueOf(r.durationUnit()));
    }

    private static ProgrammeRow row(Programme p) {
        return new ProgrammeRow(p.getId().toString(), p.year(), p.number(), p.name(), p.region().value(),
                p.mode().name(), p.funding().commission(), p.funding().partner(), p.partnerName(), p.plannedTrainees(),
                p.duration().min(), p.duration().max(), p.duration().unit().name(), p.implementingUnit().value(),
                p.coordinatingOffice().value(), p.planTask(), p.version());
    }
}
