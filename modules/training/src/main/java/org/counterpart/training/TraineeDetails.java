package org.counterpart.training;

import java.util.regex.Pattern;

/**
 * What a roster says about a trainee: 姓名, 性别, 民族, 地区, 学校或单位, 职务, 联系电话. Each field is required except
 * the phone, trimmed, and of a length a roster can hold.
 */
public record TraineeDetails(String name, Gender gender, String ethnicity, String region, String organisation,
        String post, String phone) implements java.io.Serializable {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    public TraineeDetails {
        name = required(name, 50, "name");
        if (gender == null) {
            throw TrainingRejected.invalid("training.trainee.gender-required");
        }
        ethnicity = required(ethnicity, 20, "ethnicity");
        region = required(region, 50, "region");
        organisation = required(organisation, 100, "organisation");
        post = required(post, 50, "post");
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw TrainingRejected.invalid("training.trainee.phone-invalid", phone);
        }
    }

    private static String required(String value, int max, String field) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw TrainingRejected.invalid("training.trainee." + field + "-required");
        }
        if (text.length() > max) {
            throw TrainingRejected.invalid("training.trainee." + field + "-too-long", max);
        }
        return text;
    }
}
