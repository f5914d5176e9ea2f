package org.counterpart.directory.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UnitRejected;

/**
 * Decides whether a unit may join the directory and what it is then called: a name is required, at most
 * {@value UnitNames#MAX_LENGTH} characters, and not yet taken by another unit or alias.
 */
public final class UnitRegistration {

    private final Units units;

    public UnitRegistration(Units units) {
        this.units = units;
    }

    public Unit register(RegisterUnitCommand command, Registrar registrar) {
        if (command == null) {
            throw new UnitRejected("directory.unit.rejected.name-missing");
        }
        var nameZh = UnitNames.normalise(command.nameZh());
        var nameEn = UnitNames.normalise(command.nameEn());
        if (nameZh.isEmpty()) {
            throw new UnitRejected("directory.unit.rejected.name-missing");
        }
        if (nameZh.length() > UnitNames.MAX_LENGTH || nameEn.length() > UnitNames.MAX_LENGTH) {
            throw new UnitRejected("directory.unit.rejected.name-too-long", UnitNames.MAX_LENGTH);
        }
        if (command.kind() == null) {
            throw new UnitRejected("directory.unit.rejected.kind-missing");
        }
        if (units.isNameTaken(nameZh)) {
            throw new UnitRejected("directory.unit.rejected.name-taken", nameZh);
        }
        var code = new UnitCode("u-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
        var unit = new Unit(code, nameZh, nameEn.isEmpty() ? nameZh : nameEn, command.kind(),
                UnitNames.isGeneric(nameZh), List.of());
        units.add(unit, registrar);
        return unit;
    }
}
