package org.counterpart.training;

import java.util.Locale;

/** 性别, as rosters write it (男 / 女). */
public enum Gender {
    MALE("男"), FEMALE("女");

    private final String nameZh;

    Gender(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Reads 男 / 女 (or MALE / FEMALE, M / F), refusing anything else. */
    public static Gender parse(String text) {
        var value = text == null ? "" : text.strip();
        for (var gender : values()) {
            if (gender.nameZh.equals(value) || gender.name().equalsIgnoreCase(value)
                    || gender.name().substring(0, 1).equalsIgnoreCase(value) && value.length() == 1) {
                return gender;
            }
        }
        throw TrainingRejected.invalid("training.trainee.gender-unknown", value.toUpperCase(Locale.ROOT));
    }
}
