/**
 * 培训项目 — cadre and teacher training programmes (Attachment 1 of the notice): funding, cohorts, rosters, attendance and completion. This package is the module's published API: its use cases, their commands and the events other
 * modules may consume.
 */
@org.jmolecules.ddd.annotation.Module(name = "Training programmes", description = "培训项目")
package org.counterpart.training;
