package org.counterpart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Role;
import org.counterpart.directory.UnitCode;
import org.counterpart.directory.UserContext;
import org.counterpart.reporting.CompletenessFilter;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.counterpart.reporting.domain.Duties;
import org.counterpart.reporting.domain.Duty;
import org.counterpart.reporting.domain.ReportChanges;
import org.counterpart.reporting.domain.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A year's completeness is counted once per change to duties or reports, and per day, whoever asks again. */
class CompletenessServiceTests {

    static final LocalDate DAY = LocalDate.of(2019, 2, 1);

    final Duties duties = mock(Duties.class);
    final Reports reports = mock(Reports.class);
    final ReportChanges changes = mock(ReportChanges.class);
    final CurrentUser currentUser = mock(CurrentUser.class);
    final CompletenessService service = new CompletenessService(duties, reports, changes, currentUser,
            Optional.empty());

    @BeforeEach
    void aViewerAsksAboutOneDuty() {
        var duty = new Duty(DutyId.next(), 2018, Reporter.unit(new UnitCode("shipei")), ReportSubject.task(2018, 3),
                "滇西兜底招生", ReportKind.NEWS, DutyFrequency.QUARTERLY, 10, null, null, null, Instant.EPOCH, "admin", 0);
        given(currentUser.get()).willReturn(Optional.of(new UserContext("viewer", "委领导", Role.VIEWER, null, null)));
        given(duties.find(eq(2018), eq(2018), any(), any())).willReturn(List.of(duty));
        given(reports.factsOfDuties(anyCollection())).willReturn(List.of());
        given(changes.current()).willReturn("first");
    }

    @Test
    void countsOnceWhileNothingChangesAndAgainAfterAChange() {
        var first = service.completeness(2018, CompletenessFilter.ALL, DAY);
        var again = service.completeness(2018, CompletenessFilter.ALL, DAY);

        assertThat(again).isSameAs(first);
        assertThat(first.total().expected()).as("four quarters, all due and missing").isEqualTo(4);
        verify(duties, times(1)).find(eq(2018), eq(2018), any(), any());

        given(changes.current()).willReturn("second");
        service.completeness(2018, CompletenessFilter.ALL, DAY);
        verify(duties, times(2)).find(eq(2018), eq(2018), any(), any());
    }

    @Test
    void anotherDayOrKindIsCountedOnItsOwn() {
        var before = service.completeness(2018, CompletenessFilter.ALL, LocalDate.of(2018, 7, 1));
        var after = service.completeness(2018, CompletenessFilter.ALL, DAY);
        service.completeness(2018, new CompletenessFilter(null, ReportKind.SUMMARY), DAY);

        assertThat(before.total().expected()).as("Q1 only was due by 1 July").isEqualTo(1);
        assertThat(after.total().expected()).isEqualTo(4);
        verify(duties, times(3)).find(eq(2018), eq(2018), any(), any());
    }
}
