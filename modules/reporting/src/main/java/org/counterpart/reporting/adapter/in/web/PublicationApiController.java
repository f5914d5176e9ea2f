package org.counterpart.reporting.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.counterpart.reporting.PublicationAdministration;
import org.counterpart.reporting.PublicationSummary;
import org.counterpart.reporting.WebhookRejected;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The event publications that have not completed (Spring Modulith's registry), and resubmitting them. ADMIN only. */
@RestController
@RequestMapping("/api/reporting/publications")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "reporting-publications", description = "Event publications that have not completed")
class PublicationApiController {

    private final PublicationAdministration publications;

    PublicationApiController(PublicationAdministration publications) {
        this.publications = publications;
    }

    record Items(List<PublicationSummary> items, int total) {
    }

    @GetMapping
    @Operation(summary = "Incomplete event publications, oldest first (status=incomplete is the only status kept here)")
    Items publications(@RequestParam(defaultValue = "incomplete") String status) {
        if (!"incomplete".equalsIgnoreCase(status.strip())) {
            throw WebhookRejected.invalid("reporting.integration.status-unknown", status);
        }
        var items = publications.incomplete();
        return new Items(items, items.size());
    }

    @PostMapping("/resubmit")
    @Operation(summary = "Resubmit every incomplete publication older than the configured minimum age")
    Map<String, Integer> resubmit() {
        return Map.of("resubmitted", publications.resubmitIncomplete());
    }
}
