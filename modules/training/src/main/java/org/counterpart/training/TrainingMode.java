package org.counterpart.training;

/**
 * 培训方式 — how a training programme of Attachment 1 is delivered: the trainees come to Shanghai to study, Shanghai
 * teachers go to the partner region to lecture, or Shanghai runs a class for them in Shanghai.
 */
public enum TrainingMode {
    /** 来沪进修 — trainees from the partner region study in Shanghai, usually for months (“影子校长”). */
    STUDY_IN_SHANGHAI("来沪进修"),
    /** 赴当地讲学 — Shanghai lecturers go to the partner region for some days. */
    LECTURES_ON_SITE("赴当地讲学"),
    /** 来沪办班 — a class held in Shanghai for a group from the partner region, for some days. */
    CLASSES_IN_SHANGHAI("来沪办班");

    private final String nameZh;

    TrainingMode(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The mode as the notice writes it in the 培训方式 column. */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The mode a 培训方式 cell names, surrounding spaces ignored.
     *
     * @throws TrainingRejected {@code training.mode.unknown} with the text as given, if it names no mode
     */
    public static TrainingMode fromChinese(String text) {
        // strip() rather than trim(): cells pasted from the notice carry the ideographic space U+3000.
        var name = text == null ? "" : text.strip();
        for (var mode : values()) {
            if (mode.nameZh.equals(name)) {
                return mode;
            }
        }
        throw TrainingRejected.invalid("training.mode.unknown", text);
    }
}
