package org.counterpart.training.adapter.out.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a completion certificate (结业证书) says. Every text is taken literally: it is typeset as it is, never
 * interpreted, so quotes, markup or line breaks in a name are printed (line breaks as spaces), not obeyed.
 *
 * @param traineeName      the trainee, e.g. 张三
 * @param programmeName    the programme, e.g. 喀什“影子校长”培训
 * @param implementingUnit the programme's implementing unit (项目实施单位), e.g. 市师资培训中心
 * @param from             first day of the cohort
 * @param to               last day of the cohort, not before {@code from}
 * @param place            where the training took place, e.g. 上海
 * @param verificationCode the certificate's number (证书编号), e.g. CP-2018-7KQ3-9XWD
 * @param verificationUrl  where anyone can check the certificate (验证地址)
 * @param issuedOn         the date of issue
 * @param issuer           who issues it; {@value #DEFAULT_ISSUER} when null or blank
 */
public record CertificateContent(String traineeName, String programmeName, String implementingUnit, LocalDate from,
        LocalDate to, String place, String verificationCode, String verificationUrl, LocalDate issuedOn,
        String issuer) {

    /** The commission, which issues the certificates of its programmes. */
    public static final String DEFAULT_ISSUER = "上海市教育委员会";

    public CertificateContent {
        requireText(traineeName, "traineeName");
        requireText(programmeName, "programmeName");
        requireText(implementingUnit, "implementingUnit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireText(place, "place");
        requireText(verificationCode, "verificationCode");
        requireText(verificationUrl, "verificationUrl");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the cohort ends (%s) before it starts (%s)".formatted(to, from));
        }
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
    }

    /** A certificate issued by the commission ({@value #DEFAULT_ISSUER}). */
    public CertificateContent(String traineeName, String programmeName, String implementingUnit, LocalDate from,
            LocalDate to, String place, String verificationCode, String verificationUrl, LocalDate issuedOn) {
        this(traineeName, programmeName, implementingUnit, from, to, place, verificationCode, verificationUrl,
                issuedOn, DEFAULT_ISSUER);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
