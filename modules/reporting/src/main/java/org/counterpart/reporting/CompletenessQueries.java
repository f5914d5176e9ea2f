package org.counterpart.reporting;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Completeness and timeliness of reporting. ADMIN and viewers see every unit and office; a unit or office sees its
 * own counts only, whatever it asks for.
 */
@PrimaryPort
public interface CompletenessQueries {

    /**
     * @param asOf the day to count as of: periods due after it are pending, not missing; {@code null} is today in
     *             Shanghai
     */
    CompletenessReport completeness(int year, CompletenessFilter filter, LocalDate asOf);
}
