package org.counterpart.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitQuery;
import org.counterpart.directory.UnitRejected;
import org.junit.jupiter.api.Test;

class UnitRegistrationTests {

    /** Units in memory: the notice's 同济大学, and 师培中心 as an alias. */
    static class InMemoryUnits implements Units {

        final List<Unit> added = new ArrayList<>();
        final List<Registrar> registrars = new ArrayList<>();
        final Set<String> taken = Set.of("同济大学", "师培中心");

        @Override
        public List<Unit> find(UnitQuery query) {
            return added;
        }

        @Override
        public long count(UnitQuery query) {
            return added.size();
        }

        @Override
        public Optional<Unit> byCode(UnitCode code) {
            return added.stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public Optional<Unit> byName(String name) {
            return added.stream().filter(u -> u.nameZh().equals(name)).findFirst();
        }

        @Override
        public boolean isNameTaken(String name) {
            return taken.contains(name) || byName(name).isPresent();
        }

        @Override
        public void add(Unit unit, Registrar registrar) {
            added.add(unit);
            registrars.add(registrar);
        }
    }

    static final Registrar BY = new Registrar("委办公室（信息办）", "admin", Instant.parse("2018-08-13T02:00:00Z"));

    final InMemoryUnits units = new InMemoryUnits();
    final UnitRegistration registration = new UnitRegistration(units);

    @Test
    void registersANewUnitUnderItsNormalisedName() {
        var unit = registration.register(new RegisterUnitCommand(" 华东师范大学 ", "East China Normal University",
                UnitKind.UNIVERSITY), BY);

        assertThat(unit.nameZh()).isEqualTo("华东师范大学");
        assertThat(unit.nameEn()).isEqualTo("East China Normal University");
        assertThat(unit.code().value()).startsWith("u-");
        assertThat(unit.generic()).isFalse();
        assertThat(units.added).containsExactly(unit);
        assertThat(units.registrars).as("who registered it, kept with it").containsExactly(BY);
    }

    @Test
    void marksRelatedUnitsAsGenericAndFallsBackToTheChineseName() {
        var unit = registration.register(new RegisterUnitCommand("相关职业院校", null, UnitKind.VOCATIONAL_SCHOOL), BY);

        assertThat(unit.generic()).isTrue();
        assertThat(unit.nameEn()).isEqualTo("相关职业院校");
    }

    @Test
    void refusesAUnitWithoutAName() {
        assertRejected(new RegisterUnitCommand("  ", "x", UnitKind.SCHOOL), "directory.unit.rejected.name-missing");
    }

    @Test
    void refusesANameLongerThanTheLimit() {
        assertRejected(new RegisterUnitCommand("校".repeat(UnitNames.MAX_LENGTH + 1), null, UnitKind.SCHOOL),
                "directory.unit.rejected.name-too-long");
    }

    @Test
    void refusesAUnitWithoutAKind() {
        assertRejected(new RegisterUnitCommand("新单位", null, null), "directory.unit.rejected.kind-missing");
    }

    @Test
    void refusesANameAlreadyTakenByAUnitOrAnAlias() {
        assertRejected(new RegisterUnitCommand("同济大学", null, UnitKind.UNIVERSITY), "directory.unit.rejected.name-taken");
        assertRejected(new RegisterUnitCommand("师培中心", null, UnitKind.TRAINING_CENTRE),
                "directory.unit.rejected.name-taken");
    }

    private void assertRejected(RegisterUnitCommand command, String messageKey) {
        assertThatThrownBy(() -> registration.register(command, BY)).isInstanceOf(UnitRejected.class)
                .extracting(e -> ((UnitRejected) e).messageKey()).isEqualTo(messageKey);
        assertThat(units.added).isEmpty();
    }
}
