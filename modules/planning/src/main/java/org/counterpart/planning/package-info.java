/**
 * 任务规划 — the year's plan of tasks (年度工作任务, Attachment 2 of the notice): tasks, their regions, offices and units, life cycle, milestones and progress. This package is the module's published API: its use cases, their commands and the events other
 * modules may consume.
 */
@org.jmolecules.ddd.annotation.Module(name = "Task planning", description = "任务规划")
package org.counterpart.planning;
