package org.counterpart.directory;

import org.jmolecules.event.types.DomainEvent;

/** A new undertaking unit was added to the directory. */
public record UnitRegistered(UnitCode unit, String nameZh, String nameEn, UnitKind kind) implements DomainEvent {
}
