package bench.counterpart.seed;

import java.util.Map;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;
import org.counterpart.training.Funding;
import org.counterpart.training.ManageProgrammes;
import org.counterpart.training.NewProgramme;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's one way in where the application has no API: planning a training programme. The application plans
 * programmes only through {@link ManageProgrammes#plan} (its demo loader reads Attachment 1 that way); this controller
 * calls the same use case, as the signed-in ADMIN, so the programme is checked, recorded and announced
 * ({@code ProgrammePlanned}) exactly as the application does it. It exists only in the benchmark's run: the harness
 * puts this plug-in on the packaged application's {@code loader.path}; the application itself never contains it.
 */
@RestController
class SeedProgrammesController {

    private final ManageProgrammes manage;

    SeedProgrammesController(ManageProgrammes manage) {
        this.manage = manage;
    }

    /** A row of Attachment 1: funding like "20（遵义自筹52万）", duration like "3个月", mode in Chinese (来沪进修). */
    record Row(int year, int number, String name, String region, String mode, String funding, String partnerName,
            int plannedTrainees, String duration, String unit, String office, Integer planTask) {
    }

    @PostMapping("/api/bench/training/programmes")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> plan(@RequestBody Row row) {
        var planned = manage.plan(new NewProgramme(row.year(), row.number(), row.name(), new RegionCode(row.region()),
                TrainingMode.fromChinese(row.mode()), Funding.parse(row.funding()), row.partnerName(),
                row.plannedTrainees(), TrainingDuration.parse(row.duration()), new UnitCode(row.unit()),
                new OfficeCode(row.office()), row.planTask()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", planned.programme().id().toString(),
                "version", planned.programme().version()));
    }
}
