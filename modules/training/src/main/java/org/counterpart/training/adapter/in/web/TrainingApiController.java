package org.counterpart.training.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.counterpart.directory.Directory;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.training.ManageProgrammes;
import org.counterpart.training.ProgrammeDetails;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePage;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.ProgrammeQuery;
import org.counterpart.training.TrainingMode;
import org.counterpart.training.TrainingRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 培训项目 as JSON. Lists are {@code {"items": [...], "total": n, "totals": {...}}}: the totals sum every programme
 * that matches the filters, in 万元, exactly.
 */
@RestController
@RequestMapping("/api/training/programmes")
@Tag(name = "training", description = "培训项目 — training programmes (Attachment 1)")
class TrainingApiController {

    private final ProgrammeQueries queries;
    private final ManageProgrammes manage;
    private final org.counterpart.training.ManageBudgets budgets;
    private final Directory directory;

    TrainingApiController(ProgrammeQueries queries, ManageProgrammes manage,
            org.counterpart.training.ManageBudgets budgets, Directory directory) {
        this.queries = queries;
        this.manage = manage;
        this.budgets = budgets;
        this.directory = directory;
    }

    record ListPage(List<ProgrammeView> items, long total, ProgrammePage.Totals totals) {
    }

    record ProgrammeResource(ProgrammeView programme, List<ProgrammeDetails.ChangeView> changes) {
    }

    record Revision(BigDecimal commissionFunding, BigDecimal partnerFunding, Integer plannedTrainees, Long version) {
    }

    @GetMapping
    @Operation(summary = "A year's programmes (default: the latest year), filtered by region, mode "
            + "(STUDY_IN_SHANGHAI, LECTURES_ON_SITE, CLASSES_IN_SHANGHAI) and implementing unit, with their totals")
    ListPage programmes(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        var query = query(queries, year, region, mode, unit, page, size);
        var result = queries.programmes(query);
        var names = new DirectoryNamesOnce(directory, locale);
        return new ListPage(result.items().stream().map(p -> ProgrammeView.of(p, names)).toList(),
                result.total(), result.totals());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme with every recorded change")
    ProgrammeResource programme(@PathVariable String id, Locale locale) {
        return resource(queries.programme(ProgrammeId.parse(id))
                .orElseThrow(() -> TrainingRejected.notFound("training.programme.not-found")), locale);
    }

    @PutMapping("/{id}/funding")
    @Operation(summary = "Change the funding (万元) and planned trainees; version is the programme's version the "
            + "caller saw")
    ProgrammeResource revise(@PathVariable String id, @RequestBody Revision revision, Locale locale) {
        if (revision.version() == null || revision.commissionFunding() == null || revision.partnerFunding() == null
                || revision.plannedTrainees() == null) {
            throw TrainingRejected.invalid("training.programme.revision-incomplete");
        }
        return resource(manage.revise(ProgrammeId.parse(id), revision.commissionFunding(), revision.partnerFunding(),
                revision.plannedTrainees(), revision.version()), locale);
    }

    record NewLine(String category, BigDecimal planned) {
    }

    record NewSpending(String line, java.time.LocalDate spentOn, BigDecimal amount, String description,
            String overBudgetReason) {
    }

    @GetMapping("/{id}/budget")
    @Operation(summary = "The programme's budget lines, spending (万元) and totals; spending beyond a line is flagged")
    org.counterpart.training.BudgetView budget(@PathVariable String id) {
        return budgets.budget(ProgrammeId.parse(id));
    }

    @org.springframework.web.bind.annotation.PostMapping("/{id}/budget/lines")
    @Operation(summary = "Add a budget line (the coordinating office or ADMIN)")
    org.springframework.http.ResponseEntity<org.counterpart.training.BudgetView> planLine(@PathVariable String id,
            @RequestBody NewLine line) {
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(budgets.planLine(ProgrammeId.parse(id), line.category(), line.planned()));
    }

    @org.springframework.web.bind.annotation.PostMapping("/{id}/budget/spending")
    @Operation(summary = "Record spending against a line (the implementing unit or ADMIN); beyond the line's budget "
            + "only with overBudgetReason")
    org.springframework.http.ResponseEntity<org.counterpart.training.BudgetView> spend(@PathVariable String id,
            @RequestBody NewSpending spending) {
        java.util.UUID line;
        try {
            line = java.util.UUID.fromString(spending.line());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw TrainingRejected.notFound("training.budget.line-not-found");
        }
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(budgets.recordSpending(ProgrammeId.parse(id), line, spending.spentOn(), spending.amount(),
                        spending.description(), spending.overBudgetReason()));
    }

    private ProgrammeResource resource(ProgrammeDetails details, Locale locale) {
        return new ProgrammeResource(ProgrammeView.of(details.programme(), directory, locale), details.changes());
    }

    /** The query the page and the API share: unknown values are refused, not ignored. */
    static ProgrammeQuery query(ProgrammeQueries queries, Integer year, String region, String mode, String unit,
            int page, int size) {
        var chosenYear = year != null ? year : queries.years().stream().findFirst().orElse(java.time.Year.now().getValue());
        TrainingMode trainingMode = null;
        if (mode != null && !mode.isBlank()) {
            try {
                trainingMode = TrainingMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw TrainingRejected.invalid("training.mode.unknown", mode);
            }
        }
        return new ProgrammeQuery(chosenYear, region == null || region.isBlank() ? null : new RegionCode(region.strip()),
                trainingMode, unit == null || unit.isBlank() ? null : new UnitCode(unit.strip()), page, size);
    }
}
