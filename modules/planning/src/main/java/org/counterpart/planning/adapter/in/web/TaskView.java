package org.counterpart.planning.adapter.in.web;

import java.util.List;

import org.counterpart.planning.TaskStatus;
import org.counterpart.planning.TaskSummary;
import org.counterpart.planning.adapter.in.web.DirectoryLabels.Labelled;

/** A task as the API answers with it and the pages show it: codes with their names. */
record TaskView(String id, int year, int number, List<Labelled> regions, List<Labelled> places, String name,
        Labelled leadOffice, List<Labelled> coOffices, boolean andOtherOffices, List<Labelled> units,
        String requirements, TaskStatus status, int overdueMilestones, long version) {

    static TaskView of(TaskSummary task, DirectoryLabels labels) {
        return new TaskView(task.id().toString(), task.year(), task.number(),
                task.regions().stream().map(labels::labelled).toList(),
                task.places().stream().map(labels::labelled).toList(), task.name(), labels.labelled(task.leadOffice()),
                task.coOffices().stream().map(labels::labelled).toList(), task.andOtherOffices(),
                task.units().stream().map(labels::labelled).toList(), task.requirements(), task.status(),
                task.overdueMilestones(), task.version());
    }
}
