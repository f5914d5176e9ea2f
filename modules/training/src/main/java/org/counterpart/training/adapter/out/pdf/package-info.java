/**
 * Training documents as PDF: the completion certificate (结业证书), typeset with an embedded CJK TrueType font.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.training.adapter.out.pdf;
