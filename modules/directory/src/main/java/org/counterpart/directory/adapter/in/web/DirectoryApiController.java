package org.counterpart.directory.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Office;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegisterUnit;
import org.counterpart.directory.RegisterUnitCommand;
import org.counterpart.directory.School;
import org.counterpart.directory.Unit;
import org.counterpart.directory.UnitQuery;
import org.counterpart.directory.UnitRejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The reference data as JSON for other systems and scripts; lists are {@code {"items": [...], "total": n}}. */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "directory", description = "共享基础数据 — partner regions and places, offices, units, schools")
class DirectoryApiController {

    private final Directory directory;
    private final RegisterUnit registerUnit;
    private final MessageSource messages;

    DirectoryApiController(Directory directory, RegisterUnit registerUnit, MessageSource messages) {
        this.directory = directory;
        this.registerUnit = registerUnit;
        this.messages = messages;
    }

    /** One page of a list, the shape every list endpoint of the API answers with. */
    record ListPage<T>(List<T> items, long total) {

        static <T> ListPage<T> of(List<T> all, int page, int size) {
            int from = Math.min(page * size, all.size());
            return new ListPage<>(all.subList(from, Math.min(from + size, all.size())), all.size());
        }
    }

    @GetMapping("/regions")
    @Operation(summary = "Partner regions and the places within them")
    ListPage<Region> regions(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ListPage.of(directory.regions(), checkedPage(page), checkedSize(size));
    }

    @GetMapping("/offices")
    @Operation(summary = "The commission's offices (处室) with their aliases")
    ListPage<Office> offices(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ListPage.of(directory.offices(), checkedPage(page), checkedSize(size));
    }

    @GetMapping("/units")
    @Operation(summary = "Undertaking units (承办单位), filtered by kind and name")
    ListPage<Unit> units(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var query = new UnitQuery(DirectoryPageController.parseKind(kind), q, checkedPage(page), checkedSize(size));
        return new ListPage<>(directory.units(query), directory.countUnits(query));
    }

    @GetMapping("/schools")
    @Operation(summary = "Schools in Shanghai and in the partner regions")
    ListPage<School> schools(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ListPage.of(directory.schools(), checkedPage(page), checkedSize(size));
    }

    @PostMapping("/units")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Register a new undertaking unit (ADMIN)")
    ResponseEntity<Unit> register(@RequestBody RegisterUnitCommand command) {
        return ResponseEntity.status(HttpStatus.CREATED).body(registerUnit.register(command));
    }

    @ExceptionHandler(UnitRejected.class)
    ResponseEntity<Map<String, String>> rejected(UnitRejected rejected, Locale locale) {
        return ResponseEntity.badRequest().body(Map.of("error", rejected.messageKey(),
                "message", messages.getMessage(rejected.messageKey(), rejected.arguments(), locale)));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badQuery(IllegalArgumentException e, Locale locale) {
        return ResponseEntity.badRequest().body(Map.of("error", "directory.query.invalid",
                "message", messages.getMessage("directory.query.invalid", new Object[] { UnitQuery.MAX_PAGE_SIZE }, locale)));
    }

    private static int checkedPage(int page) {
        if (page < 0) {
            throw new IllegalArgumentException("page");
        }
        return page;
    }

    private static int checkedSize(int size) {
        if (size < 1 || size > UnitQuery.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size");
        }
        return size;
    }
}
