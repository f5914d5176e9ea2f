/**
 * Training programmes from files: the 2018 programmes of Attachment 1, loaded as the embedded default's demo data.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.training.adapter.in.files;
