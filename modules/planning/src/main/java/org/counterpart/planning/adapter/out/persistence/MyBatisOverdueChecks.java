package org.counterpart.planning.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.counterpart.planning.TaskId;
import org.counterpart.planning.domain.OverdueChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisOverdueChecks implements OverdueChecks {

    static final String JOB = "overdue-milestones";

    private final PlanningMapper mapper;

    MyBatisOverdueChecks(PlanningMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(LocalDate day, Instant at) {
        try {
            mapper.insertJobRun(JOB, day, at);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public Set<UUID> flagged(Set<UUID> milestones) {
        if (milestones.isEmpty()) {
            return Set.of();
        }
        return mapper.selectFlaggedMilestones(milestones.stream().map(UUID::toString).toList()).stream()
                .map(UUID::fromString).collect(Collectors.toSet());
    }

    @Override
    public void flag(UUID milestone, TaskId task, LocalDate on) {
        mapper.insertOverdueFlag(milestone.toString(), task.toString(), on);
    }
}
