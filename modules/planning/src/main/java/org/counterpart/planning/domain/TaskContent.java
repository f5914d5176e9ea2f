package org.counterpart.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.planning.PlanningRejected;

/**
 * What a task says, as the plan's table has it: its regions (实施地区) and the finer places its text names, the
 * project (实施项目), the lead and co-responsible offices and the undertaking units (责任处室（承办单位）), the work
 * requirements (工作要求) and the agreements and plans they refer to (《…》).
 *
 * @param andOtherOffices the table adds "等" or "及相关处室" after the offices it names
 */
public record TaskContent(List<RegionCode> regions, List<RegionCode> places, String name, OfficeCode leadOffice,
        List<OfficeCode> coOffices, boolean andOtherOffices, List<UnitCode> units, String requirements,
        List<String> references) {

    public TaskContent {
        regions = List.copyOf(regions);
        places = List.copyOf(places);
        coOffices = List.copyOf(coOffices);
        units = List.copyOf(units);
        references = List.copyOf(references);
        name = name == null ? "" : name.strip();
        requirements = requirements == null ? "" : requirements.strip();
        if (regions.isEmpty()) {
            throw PlanningRejected.invalid("planning.task.region-required");
        }
        if (name.isEmpty()) {
            throw PlanningRejected.invalid("planning.task.name-required");
        }
        if (name.length() > Task.MAX_NAME) {
            throw PlanningRejected.invalid("planning.task.name-too-long", Task.MAX_NAME);
        }
        if (requirements.length() > Task.MAX_REQUIREMENTS) {
            throw PlanningRejected.invalid("planning.task.requirements-too-long", Task.MAX_REQUIREMENTS);
        }
        Objects.requireNonNull(leadOffice, "a task has a lead office");
        if (coOffices.contains(leadOffice)) {
            throw PlanningRejected.invalid("planning.task.lead-also-co", leadOffice.value());
        }
    }

    /** Every office responsible, the lead first. */
    public List<OfficeCode> offices() {
        var all = new ArrayList<OfficeCode>();
        all.add(leadOffice);
        all.addAll(coOffices);
        return all;
    }

    List<TaskChange> differencesTo(TaskContent other) {
        var differences = new ArrayList<TaskChange>();
        compare(differences, "regions", codes(regions), codes(other.regions));
        compare(differences, "places", codes(places), codes(other.places));
        compare(differences, "name", name, other.name);
        compare(differences, "leadOffice", leadOffice.value(), other.leadOffice.value());
        compare(differences, "coOffices", codes(coOffices) + (andOtherOffices ? " …" : ""),
                codes(other.coOffices) + (other.andOtherOffices ? " …" : ""));
        compare(differences, "units", codes(units), codes(other.units));
        compare(differences, "requirements", requirements, other.requirements);
        compare(differences, "references", String.join("、", references), String.join("、", other.references));
        return differences;
    }

    private static void compare(List<TaskChange> into, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            into.add(new TaskChange(field, before, after));
        }
    }

    private static String codes(List<?> codes) {
        return codes.stream().map(Object::toString).collect(Collectors.joining("、"));
    }
}
