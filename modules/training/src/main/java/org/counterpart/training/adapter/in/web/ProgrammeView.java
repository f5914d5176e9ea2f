package org.counterpart.training.adapter.in.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.counterpart.directory.Directory;
import org.counterpart.training.ProgrammeSummary;
import org.counterpart.training.TrainingMode;

/**
 * A programme as the API answers and the pages show it: codes with their names, money in 万元 as exact decimals,
 * the duration as the notice writes it.
 */
record ProgrammeView(String id, int year, int number, String name, Labelled region, TrainingMode mode, String modeName,
        BigDecimal commissionFunding, BigDecimal partnerFunding, String partnerName, String fundingAsInNotice,
        int plannedTrainees, String duration, Labelled implementingUnit, Labelled coordinatingOffice, Integer planTask,
        long version) {

    record Labelled(String code, String name) {
    }

    static ProgrammeView of(ProgrammeSummary p, Directory directory, Locale locale) {
        var region = directory.region(p.region()).map(r -> r.name(locale)).orElse(p.region().value());
        var unit = directory.unit(p.implementingUnit()).map(u -> u.name(locale)).orElse(p.implementingUnit().value());
        var office = directory.office(p.coordinatingOffice()).map(o -> o.name(locale))
                .orElse(p.coordinatingOffice().value());
        return new ProgrammeView(p.id().toString(), p.year(), p.number(), p.name(),
                new Labelled(p.region().value(), region), p.mode(), p.mode().nameZh(),
                p.funding().commission().stripTrailingZeros(), p.funding().partner().stripTrailingZeros(),
                p.partnerName(), p.funding().toNoticeNotation(p.partnerName()), p.plannedTrainees(),
                p.duration().toNoticeNotation(), new Labelled(p.implementingUnit().value(), unit),
                new Labelled(p.coordinatingOffice().value(), office), p.planTask(), p.version());
    }
}
