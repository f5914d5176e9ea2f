package org.counterpart.training;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * 资金安排（万元） — what a training programme of Attachment 1 is funded with, in 万元 (ten thousand yuan): the
 * commission's money ({@code commission}, 市教委经费) and what the partner region pays itself ({@code partner}, 自筹).
 * The notice writes "96" where the commission pays alone and "20（遵义自筹52万）" where Zunyi adds 52 万元 of its own.
 * <p>
 * Amounts are exact decimals: never {@code double}, because the notice's totals (合计 659.7) must reconcile to the
 * last digit. An amount keeps the scale it was given with ("134.4" stays 134.4, not 134.40), so it reads back as
 * written; two fundings are equal when their amounts are numerically equal ({@link BigDecimal#compareTo}), so
 * 96 and 96.00 are the same funding.
 *
 * @param commission the commission's funding in 万元, at least 0
 * @param partner the partner region's own funding (自筹) in 万元, at least 0; 0 where the notice names none
 */
public record Funding(BigDecimal commission, BigDecimal partner) {

    /** The largest amount taken, in 万元 (1 billion yuan): far beyond any programme, so a larger one is a typo. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    /** Amounts are kept to 0.01 万元 (100 yuan); the notice itself never goes beyond 0.1. */
    public static final int MAX_DECIMALS = 2;

    /** A decimal amount; a sign is read so that "-5" is refused as negative rather than as unreadable. */
    private static final String AMOUNT = "(-?[0-9]+(?:\\.[0-9]+)?)";

    /**
     * The notice's notation after NFKC folding (which makes （） and full-width digits half-width): an amount,
     * optionally followed by "(遵义自筹52万)" — the partner's name may be left out and "万" may be "万元".
     */
    private static final Pattern NOTATION = Pattern.compile(
            AMOUNT + "(?:\\s*\\(\\s*([^()0-9]*?)\\s*自筹\\s*" + AMOUNT + "\\s*万元?\\s*\\))?");

    public Funding {
        commission = checked(commission);
        partner = checked(partner);
    }

    /**
     * The funding a 资金安排（万元） cell of Attachment 1 gives: "96", "134.4", "20（遵义自筹52万）"; half-width
     * parentheses, "自筹52万元", a missing partner name ("20（自筹52万）") and full-width digits are read too.
     *
     * @throws TrainingRejected {@code training.funding.missing} if the cell is empty,
     *         {@code training.funding.unreadable} (with the text) if it is written any other way ("20+52"), and the
     *         refusals of the constructor if an amount is out of bounds
     */
    public static Funding parse(String cell) {
        var text = cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            throw TrainingRejected.invalid("training.funding.missing");
        }
        var matcher = NOTATION.matcher(text);
        if (!matcher.matches()) {
            throw TrainingRejected.invalid("training.funding.unreadable", cell);
        }
        var partner = matcher.group(3) == null ? BigDecimal.ZERO : new BigDecimal(matcher.group(3));
        return new Funding(new BigDecimal(matcher.group(1)), partner);
    }

    /** What the programme costs altogether: the commission's and the partner's funding. */
    public BigDecimal total() {
        return commission.add(partner);
    }

    /** Whether the partner region pays part of it (自筹). */
    public boolean hasPartnerFunding() {
        return partner.signum() > 0;
    }

    /**
     * The funding as the notice writes it: "96", "134.4", or "20（遵义自筹52万）" when the partner pays part. Amounts are
     * written without trailing zeros. Where the partner pays part but no name is given the amount is still written
     * ("20（自筹52万）") rather than dropped, so that {@link #parse} reads back the same funding.
     *
     * @param partnerName the partner region as the notice calls it (遵义), or {@code null}
     */
    public String toNoticeNotation(String partnerName) {
        var amount = plain(commission);
        if (!hasPartnerFunding()) {
            return amount;
        }
        var name = partnerName == null ? "" : partnerName.strip();
        return amount + "（" + name + "自筹" + plain(partner) + "万）";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Funding that && commission.compareTo(that.commission) == 0
                && partner.compareTo(that.partner) == 0;
    }

    @Override
    public int hashCode() {
        // Consistent with equals: 96 and 96.00 strip to the same value.
        return 31 * commission.stripTrailingZeros().hashCode() + partner.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return "Funding[commission=" + commission.toPlainString() + ", partner=" + partner.toPlainString() + "]";
    }

    private static BigDecimal checked(BigDecimal amount) {
        if (amount == null) {
            throw TrainingRejected.invalid("training.funding.missing");
        }
        if (amount.signum() < 0) {
            throw TrainingRejected.invalid("training.funding.negative", amount.toPlainString());
        }
        // Precision is the value's, not the scale's: 96.000 is 96 and is taken; 0.125 is not.
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw TrainingRejected.invalid("training.funding.too-precise", amount.toPlainString(), MAX_DECIMALS);
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw TrainingRejected.invalid("training.funding.too-large", amount.toPlainString(),
                    MAX_AMOUNT.toPlainString());
        }
        return amount;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
