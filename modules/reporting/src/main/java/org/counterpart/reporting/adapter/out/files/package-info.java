/**
 * Files the module writes and reads: exports and report attachments.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.reporting.adapter.out.files;
