/**
 * User accounts and the rules they keep (an OFFICE user belongs to an office, a UNIT user to a unit), with the
 * secondary port that stores them. Plain Java: no framework type.
 */
package org.counterpart.accounts.domain;
