package org.counterpart.planning.adapter.in.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.counterpart.planning.ManagePlans;
import org.counterpart.planning.PlanQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo data: the 2018 plan of 沪教委办〔2018〕39号, its 51 tasks read from Attachment 2
 * (shipped as {@code planning/demo/plan-2018.csv}) through the same import every user's file goes through.
 * Loaded before the application takes requests, once: a plan already there is left alone.
 */
@Component
@ConditionalOnBooleanProperty("counterpart.planning.demo")
class DemoPlanLoader implements SmartInitializingSingleton {

    static final int YEAR = 2018;
    static final String TITLE = "2018年上海教育东西部扶贫协作和对口支援主要工作任务";
    static final String NOTICE = "沪教委办〔2018〕39号";
    static final LocalDate NOTICE_DATE = LocalDate.of(2018, 8, 13);
    static final String FILE = "planning/demo/plan-2018.csv";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final ManagePlans plans;
    private final PlanQueries queries;
    private final PlanFiles files;

    DemoPlanLoader(ManagePlans plans, PlanQueries queries, PlanFiles files) {
        this.plans = plans;
        this.queries = queries;
        this.files = files;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (queries.plan(YEAR).isPresent()) {
            return;
        }
        try (var in = new ClassPathResource(FILE).getInputStream()) {
            var rows = files.read("plan-2018.csv", in);
            plans.create(YEAR, TITLE, NOTICE, NOTICE_DATE);
            var result = plans.importRows(YEAR, rows);
            LOG.info("Loaded the demo plan {} ({}): {} tasks", YEAR, NOTICE, result.added().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
