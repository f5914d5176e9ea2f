package org.counterpart.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cohort as its page shows it: the roster (phone numbers only for those who may see them), attendance by day,
 * certificates issued, and what the user looking may do.
 *
 * @param attendance   trainee id → day → present
 * @param phoneReveals for the commission office (ADMIN): the last times the roster was shown with its phone numbers,
 *                     newest first (this showing included); empty for everyone else
 */
public record CohortDetails(CohortSummary cohort, List<TraineeView> roster, List<LocalDate> days,
        Map<String, Map<LocalDate, Boolean>> attendance, boolean mayRun, boolean showsPhones,
        List<PhoneReveal> phoneReveals) {

    /** The roster shown with phone numbers: when, to whom (display name and user name), how many numbers. */
    public record PhoneReveal(Instant at, String by, String username, int phones) {
    }

    /** One line of the roster; {@code phone} is empty where the user may not see it. */
    public record TraineeView(TraineeId id, String name, Gender gender, String ethnicity, String region,
            String organisation, String post, String phone, boolean completed, String certificate) {
    }
}
