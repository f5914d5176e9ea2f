package org.counterpart.reporting;

/** Who reports: an undertaking unit (承办单位) or one of the commission's offices (处室). */
public enum ReporterType {
    UNIT, OFFICE
}
