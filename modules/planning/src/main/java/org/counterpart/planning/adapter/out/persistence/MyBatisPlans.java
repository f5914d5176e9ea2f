package org.counterpart.planning.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.counterpart.planning.adapter.out.persistence.PlanningRows.PlanRow;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.Plans;
import org.springframework.stereotype.Repository;

@Repository
class MyBatisPlans implements Plans {

    private final PlanningMapper mapper;

    MyBatisPlans(PlanningMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Plan> all() {
        return mapper.selectPlans().stream().map(MyBatisPlans::plan).toList();
    }

    @Override
    public Optional<Plan> byYear(Plan.Year year) {
        return Optional.ofNullable(mapper.selectPlan(year.value())).map(MyBatisPlans::plan);
    }

    @Override
    public void add(Plan plan) {
        mapper.insertPlan(new PlanRow(plan.year(), plan.title(), plan.noticeNumber(), plan.noticeDate()));
    }

    @Override
    public OptionalLong revision(Plan.Year year) {
        var revision = mapper.selectRevision(year.value());
        return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
    }

    private static Plan plan(PlanRow row) {
        return new Plan(new Plan.Year(row.planYear()), row.title(), row.noticeNumber(), row.noticeDate());
    }
}
