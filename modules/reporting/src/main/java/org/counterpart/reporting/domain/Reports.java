package org.counterpart.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportPage;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportQuery;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where reports, their history and their files are kept. */
@SecondaryPort
public interface Reports {

    Optional<Report> byId(ReportId id);

    /** Keeps a new report; a second report answering the same duty's period is refused (CONFLICT). */
    void add(Report report);

    /** Saves the report, its new history and its attachments if nobody saved it meanwhile (else CONFLICT). */
    void update(Report report);

    ReportPage find(ReportQuery query, ReportScope scope);

    /** The reports answering these duties, one per period at most. */
    List<ReportFact> factsOfDuties(Collection<DutyId> duties);

    boolean answers(DutyId duty, ReportPeriod period);

    boolean anyAnswering(DutyId duty);

    void storeFile(UUID attachment, byte[] content);

    Optional<byte[]> file(ReportId report, UUID attachment);
}
