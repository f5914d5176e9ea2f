package org.counterpart.directory;

/** The stage of education a school provides. */
public enum SchoolStage {
    PRIMARY, SECONDARY, SECONDARY_VOCATIONAL, HIGHER_VOCATIONAL, UNIVERSITY
}
