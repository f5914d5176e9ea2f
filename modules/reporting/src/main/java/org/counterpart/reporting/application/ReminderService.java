package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.Role;
import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.directory.UnitCode;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReminderKind;
import org.counterpart.reporting.ReminderQueries;
import org.counterpart.reporting.ReminderRun;
import org.counterpart.reporting.ReminderView;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.ReporterType;
import org.counterpart.reporting.domain.CompletenessCalculator;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.Reminder;
import org.counterpart.reporting.domain.ReminderMail;
import org.counterpart.reporting.domain.ReminderNotice;
import org.counterpart.reporting.domain.ReminderRules;
import org.counterpart.reporting.domain.Reminders;
import org.counterpart.reporting.domain.ReportPermissions;
import org.counterpart.reporting.domain.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders: claims the day (so that of two instances one does the work), makes each reminder due once,
 * and e-mails it to the duty's contact when a mail server is set up. Accounts carry no e-mail address, so the
 * address comes from the duty.
 */
@Service
@Transactional(readOnly = true)
class ReminderService implements ReminderRun, ReminderQueries {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

    private final Duties duties;
    private final Reports reports;
    private final Reminders reminders;
    private final ReminderMail mail;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReportSettings.Reminders settings;

    ReminderService(Duties duties, Reports reports, Reminders reminders, ReminderMail mail, Directory directory,
            CurrentUser currentUser, Optional<Clock> clock, ReportSettings settings) {
        this.duties = duties;
        this.reports = reports;
        this.reminders = reminders;
        this.mail = mail;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
        this.settings = settings.reminders();
    }

    @Override
    @Transactional
    public int remind(LocalDate today) {
        if (!reminders.claim(today, clock.instant())) {
            LOG.info("The reporting reminders of {} have already been made", today);
            return -1;
        }
        // A period of year Y falls due in Y or Y+1 (a one-off by the end of Y+1): two years back covers the overdue.
        var candidates = duties.find(today.getYear() - 2, today.getYear(), Set.of(), null);
        var facts = CompletenessCalculator.index(reports.factsOfDuties(candidates.stream().map(Duty::getId).toList()));
        var made = reminders.keysOf(candidates.stream().map(Duty::getId).toList());
        var created = new ArrayList<Reminder>();
        var dutyOf = new HashMap<DutyId, Duty>();
        for (var duty : candidates) {
            dutyOf.put(duty.getId(), duty);
            var answered = facts.getOrDefault(duty.getId(), Map.of());
            for (var period : duty.periods()) {
                var kind = ReminderRules.reminderFor(period, answered.get(period.period().code()), today,
                        settings.daysBefore(), settings.overdueWithinDays());
                if (kind.isPresent() && !made.contains(Reminder.key(duty.getId(), period.period(), kind.get()))) {
                    var reminder = new Reminder(TimeOrderedIds.next(), duty.getId(), period.period(), kind.get(),
                            duty.reporter(), period.due(), today, clock.instant(), null, null);
                    reminders.add(reminder);
                    created.add(reminder);
                }
            }
        }
        int mailed = 0;
        if (mail.isConfigured()) {
            for (var reminder : created) {
                var duty = dutyOf.get(reminder.duty());
                if (duty.contactEmail() != null && mail.send(new ReminderNotice(duty.contactEmail(), reminder.kind(),
                        nameOf(duty.reporter()), duty.kind(), duty.subjectLabel(), reminder.period(), reminder.due()))) {
                    reminders.markEmailed(reminder.id(), duty.contactEmail(), clock.instant());
                    mailed++;
                }
            }
        }
        LOG.info("The reporting reminders of {}: {} made, {} e-mailed", today, created.size(), mailed);
        return created.size();
    }

    @Override
    public List<ReminderView> openReminders() {
        var user = currentUser.get().orElse(null);
        if (user == null || user.role() == Role.VIEWER) {
            return List.of();
        }
        var open = reminders.open(user.isAdmin() ? null : ReportPermissions.reporterOf(user));
        // Of a period both due soon and then overdue, the overdue reminder says it all.
        var latest = new java.util.LinkedHashMap<String, Reminder>();
        for (var r : open) {
            latest.merge(r.duty() + "|" + r.period().code(), r,
                    (a, b) -> a.kind().ordinal() >= b.kind().ordinal() ? a : b);
        }
        var dutyOf = new HashMap<DutyId, Optional<Duty>>();
        var today = ReportService.today(clock);
        return latest.values().stream()
                .map(r -> dutyOf.computeIfAbsent(r.duty(), duties::byId)
                        .map(d -> new ReminderView(r.id(),
                                r.due().isBefore(today) ? ReminderKind.OVERDUE : r.kind(), r.duty(), r.reporter(), d.kind(),
                                d.subjectLabel(), r.period(), r.due(), r.createdOn(), r.emailedAt() != null)))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(ReminderView::due))
                .toList();
    }

    private String nameOf(Reporter reporter) {
        return reporter.type() == ReporterType.UNIT
                ? directory.unit(new UnitCode(reporter.code())).map(u -> u.nameZh()).orElse(reporter.code())
                : directory.office(new OfficeCode(reporter.code())).map(o -> o.nameZh()).orElse(reporter.code());
    }
}
