package org.counterpart.directory;

/** What a user may do, before scoping to their office or unit. */
public enum Role {
    /** 委办公室 — the commission office: everything. */
    ADMIN,
    /** A user of one 处室. */
    OFFICE,
    /** A user of one 承办单位. */
    UNIT,
    /** Leadership and auditors: read only. */
    VIEWER
}
