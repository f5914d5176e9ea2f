package org.counterpart.reporting.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Whether any duty or report changed since a moment: a token drawn afresh with every change to them (the store of
 * duties and reports draws it), so that what was counted from them can be kept while the token stays the same.
 */
@SecondaryPort
public interface ReportChanges {

    /** The token of the last change committed (or made in this transaction). */
    String current();
}
