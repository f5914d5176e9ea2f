package org.counterpart.reporting.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReminderKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.adapter.out.persistence.ReminderMapper.ReminderRow;
import org.counterpart.reporting.domain.Reminder;
import org.counterpart.reporting.domain.Reminders;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The reminder run's claims and reminders over MyBatis. */
@Repository
class MyBatisReminders implements Reminders {

    private final ReminderMapper mapper;

    MyBatisReminders(ReminderMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(LocalDate day, Instant at) {
        try {
            mapper.insertRun(day, at);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public Set<String> keysOf(Collection<DutyId> duties) {
        if (duties.isEmpty()) {
            return Set.of();
        }
        return mapper.selectOfDuties(duties.stream().map(DutyId::toString).distinct().toList()).stream()
                .map(r -> reminder(r).key()).collect(Collectors.toSet());
    }

    @Override
    public void add(Reminder r) {
        mapper.insertReminder(new ReminderRow(r.id().toString(), r.duty().toString(), r.period().code(),
                r.kind().name(), r.reporter().type().name(), r.reporter().code(), r.due(), r.createdOn(),
                r.createdAt(), r.emailedTo(), r.emailedAt()));
    }

    @Override
    public void markEmailed(UUID reminder, String to, Instant at) {
        mapper.updateEmailed(reminder.toString(), to, at);
    }

    @Override
    public List<Reminder> open(Reporter reporter) {
        return mapper.selectOpen(reporter == null ? null : reporter.type().name(),
                reporter == null ? null : reporter.code()).stream().map(MyBatisReminders::reminder).toList();
    }

    private static Reminder reminder(ReminderRow r) {
        return new Reminder(UUID.fromString(r.id()), DutyId.parse(r.dutyId()), ReportPeriod.parse(r.periodCode()),
                ReminderKind.valueOf(r.reminderKind()), MyBatisReports.reporter(r.reporterType(), r.reporterCode()),
                r.dueOn(), r.createdOn(), r.createdAt(), r.emailedTo(), r.emailedAt());
    }
}
