package org.counterpart.enrolment;

/**
 * One row of a student list file as typed, with the line it is on: 姓名, 性别, 民族, 身份证号, 生源地, 县（市、区）,
 * 建档立卡, 学校, 专业, 入学年份.
 */
public record StudentRow(int line, String name, String gender, String ethnicity, String nationalId, String region,
        String county, String poverty, String school, String major, String cohortYear) {
}
