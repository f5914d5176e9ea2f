/**
 * 招生项目 — student enrolment programmes: quotas, students from admission to employment, and subsidies. This package is the module's published API: its use cases, their commands and the events other
 * modules may consume.
 */
@org.jmolecules.ddd.annotation.Module(name = "Student enrolment programmes", description = "招生项目")
package org.counterpart.enrolment;
