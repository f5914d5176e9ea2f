package org.counterpart.enrolment;

import java.util.Locale;

/** 性别, as student lists write it (男 / 女). */
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
                    || value.length() == 1 && gender.name().substring(0, 1).equalsIgnoreCase(value)) {
                return gender;
            }
        }
        throw EnrolmentRejected.invalid("enrolment.student.gender-unknown", value.toUpperCase(Locale.ROOT));
    }
}
