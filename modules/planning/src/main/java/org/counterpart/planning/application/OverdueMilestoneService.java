package org.counterpart.planning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import org.counterpart.planning.FlagOverdueMilestones;
import org.counterpart.planning.MilestoneOverdue;
import org.counterpart.planning.domain.OverdueChecks;
import org.counterpart.planning.domain.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OverdueMilestoneService implements FlagOverdueMilestones {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueMilestoneService.class);

    private final Tasks tasks;
    private final OverdueChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueMilestoneService(Tasks tasks, OverdueChecks checks, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.tasks = tasks;
        this.checks = checks;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public int flag(LocalDate today) {
        if (!checks.claim(today, clock.instant())) {
            LOG.info("The overdue milestone check for {} has already run", today);
            return -1;
        }
        int flagged = 0;
        for (var task : tasks.withOverdueMilestones(today)) {
            var overdue = task.overdueMilestones(today);
            var already = checks.flagged(overdue.stream().map(m -> m.id()).collect(Collectors.toSet()));
            for (var milestone : overdue) {
                if (!already.contains(milestone.id())) {
                    checks.flag(milestone.id(), task.getId(), today);
                    events.publishEvent(new MilestoneOverdue(task.getId(), task.year(), task.number(), milestone.id(),
                            milestone.due()));
                    flagged++;
                }
            }
        }
        LOG.info("The overdue milestone check for {} flagged {} milestones", today, flagged);
        return flagged;
    }
}
