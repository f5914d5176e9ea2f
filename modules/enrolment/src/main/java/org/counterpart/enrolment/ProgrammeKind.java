package org.counterpart.enrolment;

import java.util.Locale;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;

/**
 * What sort of enrolment programme: the inland classes, the vocational enrolment schemes and the graduate outcome
 * work of the notice, each with the task of Attachment 2 it serves, the office that coordinates it and the stage its
 * students are registered in (graduate programmes take students who have already graduated).
 */
public enum ProgrammeKind {

    /** 内地西藏初中班 — task 21. */
    TIBET_JUNIOR_CLASS("内地西藏初中班", "Inland Tibet junior high class", 21, "jijiao", "xizang", false),
    /** 内地西藏高中班 — task 21. */
    TIBET_SENIOR_CLASS("内地西藏高中班", "Inland Tibet senior high class", 21, "jijiao", "xizang", false),
    /** 内地新疆高中班 — task 21. */
    XINJIANG_SENIOR_CLASS("内地新疆高中班", "Inland Xinjiang senior high class", 21, "jijiao", "xinjiang", false),
    /** 内地新疆中职班 — task 22. */
    XINJIANG_VOCATIONAL_CLASS("内地新疆中职班", "Inland Xinjiang secondary vocational class", 22, "zhijiao", "xinjiang",
            false),
    /** 内地西藏中职班 — task 22. */
    TIBET_VOCATIONAL_CLASS("内地西藏中职班", "Inland Tibet secondary vocational class", 22, "zhijiao", "xizang", false),
    /** 内地果洛中职班 — task 32. */
    GOLOG_VOCATIONAL_CLASS("内地果洛中职班", "Inland Golog secondary vocational class", 32, "zhijiao", "golog", false),
    /** 滇西兜底招生 — guaranteed vocational enrolment for western Yunnan, task 3. */
    DIANXI_GUARANTEED_ENROLMENT("滇西兜底招生", "Guaranteed vocational enrolment for western Yunnan", 3, "zhijiao",
            "dianxi", false),
    /** 喀什地区就业定向招生 — targeted enrolment for Kashgar, task 16. */
    KASHGAR_TARGETED_ENROLMENT("喀什地区就业定向招生", "Targeted enrolment for Kashgar", 16, "gaojiao", "kashgar", false),
    /** 中职联合办学 — joint vocational schooling with poverty subsidies, task 47 and row 12 of Attachment 1. */
    JOINT_VOCATIONAL_SCHOOLING("中职联合办学", "Joint vocational schooling", 47, "zhijiao", "western-partners", false),
    /** 西藏专招 — Tibet's special recruitment of Shanghai graduates, task 27. */
    TIBET_SPECIAL_RECRUITMENT("西藏专招", "Tibet special recruitment of graduates", 27, "xuesheng", "xizang", true),
    /** 在沪新疆籍高校毕业生就业 — task 19. */
    XINJIANG_GRADUATE_EMPLOYMENT("在沪新疆籍高校毕业生就业", "Employment of Xinjiang graduates in Shanghai", 19,
            "xuesheng", "xinjiang", true),
    /** 在沪西藏籍高校毕业生就业 — task 28. */
    TIBET_GRADUATE_EMPLOYMENT("在沪西藏籍高校毕业生就业", "Employment of Tibet graduates in Shanghai", 28, "xuesheng",
            "xizang", true);

    private final String nameZh;
    private final String nameEn;
    private final int planTask;
    private final String office;
    private final String region;
    private final boolean graduates;

    ProgrammeKind(String nameZh, String nameEn, int planTask, String office, String region, boolean graduates) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.planTask = planTask;
        this.office = office;
        this.region = region;
        this.graduates = graduates;
    }

    public String nameZh() {
        return nameZh;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** The task of the notice's Attachment 2 that asks for this work. */
    public int planTask() {
        return planTask;
    }

    /** The office (处室) that coordinates programmes of this kind, as the notice assigns the task. */
    public OfficeCode coordinatingOffice() {
        return new OfficeCode(office);
    }

    /** The partner region students of this kind come from, unless a programme says otherwise. */
    public RegionCode usualRegion() {
        return new RegionCode(region);
    }

    /** The stage a student is registered in when added to a programme of this kind. */
    public StudentStage entryStage() {
        return graduates ? StudentStage.GRADUATED : StudentStage.ADMITTED;
    }

    /** Reads a kind by its code or its Chinese name, refusing anything else. */
    public static ProgrammeKind parse(String text) {
        var value = text == null ? "" : text.strip();
        for (var kind : values()) {
            if (kind.name().equalsIgnoreCase(value) || kind.nameZh.equals(value)) {
                return kind;
            }
        }
        throw EnrolmentRejected.invalid("enrolment.kind.unknown", value);
    }
}
