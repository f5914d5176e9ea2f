/**
 * Plans as files laid out like Attachment 2 (.xlsx and .csv): reading and writing them, and loading the 2018 plan
 * of the notice as the embedded default's demo data.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.planning.adapter.in.files;
