package org.counterpart.directory.adapter.in.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.UnitKind;
import org.counterpart.directory.UnitQuery;
import org.counterpart.directory.UnitRejected;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 基础数据 — the pages where staff look up regions, offices, units and schools, and the office adds units. */
@Controller
@RequestMapping("/directory")
class DirectoryPageController {

    static final int PAGE_SIZE = 20;

    private final Directory directory;
    private final RegisterUnit registerUnit;
    private final MessageSource messages;

    DirectoryPageController(Directory directory, RegisterUnit registerUnit, MessageSource messages) {
        this.directory = directory;
        this.registerUnit = registerUnit;
        this.messages = messages;
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "regions") String tab, Model model) {
        var active = List.of("regions", "offices", "units", "schools").contains(tab) ? tab : "regions";
        model.addAttribute("tab", active);
        model.addAttribute("section", "directory");
        switch (active) {
            case "offices" -> model.addAttribute("offices", directory.offices());
            case "units" -> addUnits(model, null, null, 0);
            case "schools" -> {
                model.addAttribute("schools", directory.schools());
                model.addAttribute("regionsByCode", regionsByCode());
            }
            default -> {
                var regions = directory.regions();
                model.addAttribute("partnerRegions", regions.stream().filter(Region::isPartnerRegion).toList());
                model.addAttribute("placesByRegion", placesByPartnerRegion(regions));
            }
        }
        model.addAttribute("counts", Map.of("regions", directory.regions().size(), "offices", directory.offices().size(),
                "units", directory.countUnits(UnitQuery.all()), "schools", directory.schools().size()));
        return "directory/index";
    }

    /** The units table alone, for htmx to swap in as the user filters or pages. */
    @GetMapping("/units")
    String units(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        addUnits(model, parseKind(kind), q, page);
        return "directory/index :: units-table";
    }

    @PostMapping("/units")
    @PreAuthorize("hasRole('ADMIN')")
    String register(@RequestParam(required = false) String nameZh, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String kind, Model model, Locale locale) {
        try {
            var unit = registerUnit.register(new RegisterUnitCommand(nameZh, nameEn, parseKind(kind)));
            model.addAttribute("notice", messages.getMessage("directory.unit.registered",
                    new Object[] { unit.name(locale) }, locale));
            addUnits(model, null, null, 0);
        } catch (UnitRejected rejected) {
            model.addAttribute("error", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
            model.addAttribute("form", Map.of("nameZh", nameZh == null ? "" : nameZh,
                    "nameEn", nameEn == null ? "" : nameEn, "kind", kind == null ? "" : kind));
            addUnits(model, null, null, 0);
        }
        return "directory/index :: unit-register-result";
    }

    private void addUnits(Model model, UnitKind kind, String text, int page) {
        var total = directory.countUnits(new UnitQuery(kind, text, 0, 1));
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        var query = new UnitQuery(kind, text, Math.min(Math.max(page, 0), lastPage), PAGE_SIZE);
        model.addAttribute("units", directory.units(query));
        model.addAttribute("unitTotal", total);
        model.addAttribute("unitPage", query.page());
        model.addAttribute("unitLastPage", lastPage);
        model.addAttribute("unitKind", kind == null ? "" : kind.name());
        model.addAttribute("unitText", text == null ? "" : text);
        model.addAttribute("unitKinds", UnitKind.values());
    }

    /** A place inside a partner region, with the places between them (喀什 › 喀什四县 › 泽普县). */
    record Place(List<Region> path) {

        public Region place() {
            return path.get(path.size() - 1);
        }

        public int depth() {
            return path.size();
        }
    }

    /** Every place below each partner region, depth first, in the notice's order. */
    static Map<String, List<Place>> placesByPartnerRegion(List<Region> regions) {
        var children = regions.stream().filter(r -> !r.isPartnerRegion())
                .collect(Collectors.groupingBy(r -> r.parent().value(), LinkedHashMap::new, Collectors.toList()));
        var result = new LinkedHashMap<String, List<Place>>();
        for (var region : regions.stream().filter(Region::isPartnerRegion).toList()) {
            var places = new java.util.ArrayList<Place>();
            collect(region, List.of(), children, places);
            result.put(region.code().value(), places);
        }
        return result;
    }

    private static void collect(Region parent, List<Region> path, Map<String, List<Region>> children,
            List<Place> into) {
        for (var child : children.getOrDefault(parent.code().value(), List.of())) {
            var childPath = new java.util.ArrayList<>(path);
            childPath.add(child);
            into.add(new Place(List.copyOf(childPath)));
            collect(child, childPath, children, into);
        }
    }

    private Map<String, Region> regionsByCode() {
        return directory.regions().stream().collect(Collectors.toMap(r -> r.code().value(), Function.identity()));
    }

    static UnitKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(UnitKind.values()).filter(k -> k.name().equalsIgnoreCase(kind.strip())).findFirst()
                .orElseThrow(() -> new UnitRejected("directory.unit.rejected.kind-unknown", kind));
    }
}
