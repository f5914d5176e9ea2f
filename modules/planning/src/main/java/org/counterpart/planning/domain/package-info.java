/**
 * The planning domain: plans and tasks, their rules, and the secondary ports they need. Plain Java: no framework type.
 */
package org.counterpart.planning.domain;
