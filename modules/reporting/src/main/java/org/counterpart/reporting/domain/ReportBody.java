package org.counterpart.reporting.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import org.counterpart.reporting.ReportRejected;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * 正文 — a report's body: HTML cleaned to the subset a report needs — paragraphs and line breaks, bold, italic and
 * underline, lists, headings, quotations, tables, and links (http, https, mailto) that carry
 * {@code rel} nofollow, noopener and noreferrer. Everything else goes: scripts and styles with their content, event
 * handlers, style and class attributes, iframes, forms, images, {@code javascript:} links. What staff paste from Word
 * keeps its structure and loses its styling. Cleaning is idempotent; every body is cleaned when it is made, so a body
 * is safe to show as HTML wherever it is.
 */
public final class ReportBody {

    /** The longest body kept, in characters of cleaned HTML. */
    public static final int MAX_LENGTH = 200_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h2", "h3", "h4",
                    "blockquote", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("td", "th")
            .toFactory();

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final String html;

    private ReportBody(String html) {
        this.html = html;
    }

    public static final ReportBody EMPTY = new ReportBody("");

    /** Cleans the HTML a writer sent (or a stored body) to the allowed subset. */
    public static ReportBody of(String html) {
        if (html == null || html.isBlank()) {
            return EMPTY;
        }
        if (html.length() > MAX_LENGTH * 2) {
            throw ReportRejected.invalid("reporting.report.body-too-long", MAX_LENGTH);
        }
        var clean = POLICY.sanitize(html).strip();
        if (clean.length() > MAX_LENGTH) {
            throw ReportRejected.invalid("reporting.report.body-too-long", MAX_LENGTH);
        }
        return new ReportBody(clean);
    }

    /** The cleaned HTML, safe to show as it is. */
    public String html() {
        return html;
    }

    /** The words without the markup, for checking that a body says something. */
    public String text() {
        return TAG.matcher(html).replaceAll(" ").replace("&#160;", " ").replace("&nbsp;", " ")
                .replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ").strip();
    }

    public boolean isBlank() {
        return text().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportBody other && html.equals(other.html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
