/**
 * Seals national ID numbers with AES-GCM and keys their lookups with HMAC-SHA256, from one configured key.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package org.counterpart.enrolment.adapter.out.crypto;
