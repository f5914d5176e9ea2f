package org.counterpart.directory.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitQuery;
import org.counterpart.directory.adapter.out.persistence.DirectoryRows.UnitRow;
import org.counterpart.directory.domain.Registrar;
import org.counterpart.directory.domain.Units;
import org.springframework.stereotype.Repository;

/** Units grow as they are registered, so they are filtered and paged in SQL. */
@Repository
class MyBatisUnits implements Units {

    private final DirectoryMapper mapper;

    MyBatisUnits(DirectoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Unit> find(UnitQuery query) {
        return withAliases(mapper.selectUnits(kind(query), query.text(), query.size(), query.offset()));
    }

    @Override
    public long count(UnitQuery query) {
        return mapper.countUnits(kind(query), query.text());
    }

    @Override
    public Optional<Unit> byCode(UnitCode code) {
        return Optional.ofNullable(mapper.selectUnitByCode(code.value())).map(row -> withAliases(List.of(row)).get(0));
    }

    @Override
    public Optional<Unit> byName(String name) {
        return Optional.ofNullable(mapper.selectUnitCodeByNameOrAlias(name)).map(UnitCode::new).flatMap(this::byCode);
    }

    @Override
    public boolean isNameTaken(String name) {
        return mapper.countNameOrAlias(name) > 0;
    }

    @Override
    public void add(Unit unit, Registrar registrar) {
        mapper.insertUnit(new UnitRow(unit.code().value(), unit.nameZh(), unit.nameEn(), unit.kind().name(),
                unit.generic()), mapper.nextUnitSortOrder(), registrar);
    }

    private List<Unit> withAliases(List<UnitRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var aliases = DirectoryRows.byOwner(mapper.selectUnitAliases(rows.stream().map(UnitRow::code).toList()));
        return rows.stream()
                .map(u -> new Unit(new UnitCode(u.code()), u.nameZh(), u.nameEn(), UnitKind.valueOf(u.kind()),
                        u.generic(), aliases.getOrDefault(u.code(), List.of())))
                .toList();
    }

    private static String kind(UnitQuery query) {
        return query.kind() == null ? null : query.kind().name();
    }
}
