/**
 * Files the module writes and reads: the statistics and the official tables (Attachments 1 and 2) as workbooks,
 * CSV and a printable PDF summary, and the content check of report attachments.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.reporting.adapter.out.files;
