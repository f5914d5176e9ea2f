/**
 * The directory's rules (how unit names are written, when a new unit may join) and the secondary ports that hold the
 * reference data. Plain Java: no framework type.
 */
package org.counterpart.directory.domain;
