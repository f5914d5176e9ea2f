package org.counterpart.training;

import java.io.Serializable;

/**
 * One row of a roster file — 姓名, 性别, 民族, 地区, 学校或单位, 职务, 联系电话 — cells as the file holds them.
 *
 * @param line the row's line in the file, for the messages that name a row
 */
public record RosterRow(int line, String name, String gender, String ethnicity, String region, String organisation,
        String post, String phone) implements Serializable {
}
