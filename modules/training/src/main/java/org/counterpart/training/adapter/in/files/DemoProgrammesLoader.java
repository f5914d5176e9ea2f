package org.counterpart.training.adapter.in.files;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.training.Funding;
import org.counterpart.training.Gender;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.RunProgrammes;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.ManageProgrammes;
import org.counterpart.training.NewProgramme;
import org.counterpart.training.ProgrammeQueries;
import org.counterpart.training.TrainingDuration;
import org.counterpart.training.TrainingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo data: rows 1–11 of Attachment 1 (the 2018 training programmes), read from
 * {@code training/demo/programmes-2018.csv} with the notice's own notation ("20（遵义自筹52万）", "5-7天") and planned
 * through the module's use case, and a first cohort of programme 1 under way with a small invented roster. Loaded
 * once, before the application takes requests.
 */
@Component
@ConditionalOnBooleanProperty("counterpart.training.demo")
class DemoProgrammesLoader implements SmartInitializingSingleton {

    static final int YEAR = 2018;
    static final String FILE = "training/demo/programmes-2018.csv";
    /** 人事处 coordinates the commission's training tasks (Attachment 2, tasks 9, 24, 34, 40). */
    static final OfficeCode COORDINATING_OFFICE = new OfficeCode("renshi");

    private static final Logger LOG = LoggerFactory.getLogger(DemoProgrammesLoader.class);
    private static final Pattern PARTNER = Pattern.compile("[（(]\\s*(\\S*?)自筹");

    /** A small, invented roster for the first cohort of programme 1, so that running a cohort can be tried. */
    static final List<TraineeDetails> DEMO_ROSTER = List.of(
            new TraineeDetails("艾力·买买提", Gender.MALE, "维吾尔族", "喀什地区泽普县", "泽普县第五中学", "副校长", "13899110001"),
            new TraineeDetails("古丽娜尔·吐尔逊", Gender.FEMALE, "维吾尔族", "喀什地区莎车县", "莎车县第二中学", "校长", "13899110002"),
            new TraineeDetails("王建新", Gender.MALE, "汉族", "喀什地区叶城县", "叶城县第一小学", "校长", "13899110003"),
            new TraineeDetails("阿依古丽·艾买提", Gender.FEMALE, "维吾尔族", "喀什地区巴楚县", "巴楚县第三中学", "教导主任", "13899110004"),
            new TraineeDetails("李志强", Gender.MALE, "汉族", "喀什地区泽普县", "泽普县实验小学", "副校长", "13899110005"));

    private final ManageProgrammes manage;
    private final ProgrammeQueries queries;
    private final RunProgrammes run;
    private final Directory directory;

    DemoProgrammesLoader(ManageProgrammes manage, ProgrammeQueries queries, RunProgrammes run, Directory directory) {
        this.manage = manage;
        this.queries = queries;
        this.run = run;
        this.directory = directory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (queries.years().contains(YEAR)) {
            return;
        }
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            int count = 0;
            ProgrammeId first = null;
            for (var record : parser) {
                var fundingCell = record.get(3);
                var partner = PARTNER.matcher(fundingCell);
                var unitName = record.get(6);
                var unit = directory.unitNamed(unitName)
                        .orElseThrow(() -> new IllegalStateException("unit not in the directory: " + unitName));
                var planned = manage.plan(new NewProgramme(YEAR, Integer.parseInt(record.get(0).replace("\uFEFF", "").strip()),
                        record.get(1), new RegionCode(record.get(7)), TrainingMode.fromChinese(record.get(2)),
                        Funding.parse(fundingCell), partner.find() ? partner.group(1) : null,
                        Integer.parseInt(record.get(4).strip()), TrainingDuration.parse(record.get(5)), unit.code(),
                        COORDINATING_OFFICE, Integer.valueOf(record.get(8).strip())));
                first = first == null ? planned.programme().id() : first;
                count++;
            }
            var cohort = run.planCohort(first, "第一期", LocalDate.of(YEAR, 9, 3), LocalDate.of(YEAR, 11, 30), "上海");
            var enrolled = run.enrol(cohort.cohort().id(), DEMO_ROSTER, cohort.cohort().version());
            run.start(enrolled.cohort().id(), enrolled.cohort().version());
            LOG.info("Loaded the demo training programmes of {}: {}", YEAR, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
