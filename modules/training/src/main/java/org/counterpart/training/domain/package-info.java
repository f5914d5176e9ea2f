/**
 * The training domain: programmes, cohorts and trainees, their rules, and the secondary ports they need. Plain Java: no framework type.
 */
package org.counterpart.training.domain;
