package org.counterpart.directory;

/** What a new unit is called, in Chinese and (optionally) English, and what sort of organisation it is. */
public record RegisterUnitCommand(String nameZh, String nameEn, UnitKind kind) {
}
