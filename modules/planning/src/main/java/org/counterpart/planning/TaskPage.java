package org.counterpart.planning;

import java.util.List;

/** One page of a task list and how many tasks match in all. */
public record TaskPage(List<TaskSummary> items, long total) {
}
