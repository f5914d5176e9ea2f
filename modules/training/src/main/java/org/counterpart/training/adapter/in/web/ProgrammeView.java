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
        return of(p, new DirectoryNamesOnce(directory, locale));
    }

    /** One of a list's programmes, the names read once for the whole list. */
    static ProgrammeView of(ProgrammeSummary p, DirectoryNamesOnce names) {
        var region = names.region(p.region());
        var unit = names.unit(p.implementingUnit());
        var office = names.office(p.coordinatingOffice());
        return new ProgrammeView(p.id().toString(), p.year(), p.number(), p.name(),
                new Labelled(p.region().value(), region), p.mode(), p.mode().nameZh(),
                p.funding().commission().stripTrailingZeros(), p.funding().partner().stripTrailingZeros(),
                p.partnerName(), p.funding().toNoticeNotation(p.partnerName()), p.plannedTrainees(),
                p.duration().toNoticeNotation(), new Labelled(p.implementingUnit().value(), unit),
                new Labelled(p.coordinatingOffice().value(), office), p.planTask(), p.version());
    }
}
