/**
 * The reporting domain: the activity feed and the secondary ports of the read models kept from other modules'
 * events. Plain Java: no framework type.
 */
package org.counterpart.reporting.domain;
