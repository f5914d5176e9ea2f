package bench.counterpart.seed;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the benchmark's seed controller when the plug-in is on the application's loader.path. */
@AutoConfiguration
@Import(SeedProgrammesController.class)
public class SeedAutoConfiguration {
}
