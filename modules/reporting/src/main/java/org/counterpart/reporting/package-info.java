/**
 * 信息报送与统计 — information reports, the year's statistics kept from the other modules' events, the official
 * tables, and the events published to downstream systems. This package is the module's published API.
 */
@org.jmolecules.ddd.annotation.Module(name = "Reporting", description = "信息报送与统计")
package org.counterpart.reporting;
