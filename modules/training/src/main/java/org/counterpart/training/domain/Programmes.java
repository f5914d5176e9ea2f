package org.counterpart.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.counterpart.training.ProgrammeId;
import org.counterpart.training.ProgrammePage;
import org.counterpart.training.ProgrammeQuery;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where training programmes are kept, with their recorded changes. */
@SecondaryPort
public interface Programmes {

    List<Integer> years();

    ProgrammePage find(ProgrammeQuery query);

    Optional<Programme> byId(ProgrammeId id);

    boolean exists(int year, int number);

    void add(Programme programme);

    /** @throws org.counterpart.training.TrainingRejected of kind CONFLICT when someone saved it meanwhile */
    void update(Programme programme);

    void recordChanges(ProgrammeId programme, List<ProgrammeChange> changes, String by, Instant at);

    List<RecordedChange> changesOf(ProgrammeId programme);

    record RecordedChange(Instant at, String by, String field, String before, String after) {
    }
}
