/**
 * The enrolment domain: programmes, students and subsidies, their rules, and the secondary ports they need. Plain Java: no framework type.
 */
package org.counterpart.enrolment.domain;
