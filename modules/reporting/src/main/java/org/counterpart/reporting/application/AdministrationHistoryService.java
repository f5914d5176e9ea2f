package org.counterpart.reporting.application;

import java.util.List;

import org.counterpart.directory.CurrentUser;
import org.counterpart.reporting.AdministrationHistory;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.domain.AdministrationLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administration log, read by the commission office. */
@Service
@Transactional(readOnly = true)
class AdministrationHistoryService implements AdministrationHistory {

    static final int SHOWN = 20;

    private final AdministrationLog log;
    private final CurrentUser currentUser;

    AdministrationHistoryService(AdministrationLog log, CurrentUser currentUser) {
        this.log = log;
        this.currentUser = currentUser;
    }

    @Override
    public List<Action> latest() {
        if (!currentUser.require().isAdmin()) {
            throw ReportRejected.forbidden("reporting.administration.forbidden");
        }
        return log.latest(SHOWN).stream()
                .map(e -> new Action(e.at(), e.action(), e.byName(), e.username(), e.outcome())).toList();
    }
}
