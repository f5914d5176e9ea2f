package org.counterpart.training.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.Directory;
import org.counterpart.directory.UserContext;
import org.counterpart.training.CertificateIssued;
import org.counterpart.training.CertificateVerification;
import org.counterpart.training.CohortCompleted;
import org.counterpart.training.CohortDetails;
import org.counterpart.training.CohortDetails.TraineeView;
import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.CohortStatus;
import org.counterpart.training.CohortSummary;
import org.counterpart.training.Gender;
import org.counterpart.training.RosterImportRejected;
import org.counterpart.training.RosterRow;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.RunProgrammes;
import org.counterpart.training.TraineeDetails;
import org.counterpart.training.TraineeId;
import org.counterpart.training.TrainingRejected;
import org.counterpart.training.VerifyCertificates;
import org.counterpart.training.domain.Certificate;
import org.counterpart.training.domain.CertificateDocuments;
import org.counterpart.training.domain.Cohort;
import org.counterpart.training.domain.Cohorts;
import org.counterpart.training.domain.Programme;
import org.counterpart.training.domain.ProgrammeChange;
import org.counterpart.training.domain.ProgrammePermissions;
import org.counterpart.training.domain.Programmes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running programmes: cohorts, rosters, attendance, completion, certificates. The implementing unit and the
 * commission office run a programme; everyone signed in reads; phone numbers only reach those who run it.
 */
@Service
@Transactional(readOnly = true)
class CohortService implements RunProgrammes, VerifyCertificates {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int PHONE_REVEALS_SHOWN = 20;

    private final Programmes programmes;
    private final Cohorts cohorts;
    private final CertificateDocuments documents;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;

    CohortService(Programmes programmes, Cohorts cohorts, CertificateDocuments documents, Directory directory,
            CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock,
            @Value("${counterpart.public-url:http://localhost:8080}") String publicUrl) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.documents = documents;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public List<CohortSummary> cohorts(ProgrammeId programme) {
        return cohorts.ofProgramme(programme).stream().map(CohortService::summary).toList();
    }

    /** Written to, not only read: showing the phone numbers is recorded. */
    @Override
    @Transactional
    public Optional<CohortDetails> cohort(CohortId id) {
        return cohorts.byId(id).map(c -> details(c, programmeOf(c), currentUser.get().orElse(null)));
    }

    @Override
    @Transactional
    public CohortDetails planCohort(ProgrammeId programmeId, String name, LocalDate start, LocalDate end,
            String place) {
        var programme = programmes.byId(programmeId)
                .orElseThrow(() -> TrainingRejected.notFound("training.programme.not-found"));
        var user = requireRunner(programme);
        var cohort = Cohort.plan(programmeId, name, start, end, place);
        cohorts.add(cohort);
        record(programme, user, "cohort", null, cohort.name() + " · " + cohort.startsOn() + "–" + cohort.endsOn());
        return details(cohort, programme, user);
    }

    @Override
    @Transactional
    public CohortDetails enrol(CohortId id, List<TraineeDetails> trainees, long seenVersion) {
        var cohort = load(id);
        var programme = programmeOf(cohort);
        var user = requireRunner(programme);
        requireVersion(cohort, seenVersion);
        var before = cohort.roster().size();
        trainees.forEach(cohort::enrol);
        cohorts.update(cohort);
        recordEnrolled(programme, user, cohort, before, trainees);
        return reloaded(id, programme, user);
    }

    @Override
    public List<TraineeDetails> previewRoster(CohortId id, List<RosterRow> rows) {
        var cohort = cohorts.byId(id).orElseThrow(() -> TrainingRejected.notFound("training.cohort.not-found"));
        requireRunner(programmeOf(cohort));
        return readRoster(cohort, rows);
    }

    @Override
    @Transactional
    public CohortDetails importRoster(CohortId id, List<RosterRow> rows, long seenVersion) {
        var cohort = load(id);
        var programme = programmeOf(cohort);
        var user = requireRunner(programme);
        requireVersion(cohort, seenVersion);
        var before = cohort.roster().size();
        var trainees = readRoster(cohort, rows);
        trainees.forEach(cohort::enrol);
        cohorts.update(cohort);
        recordEnrolled(programme, user, cohort, before, trainees);
        return reloaded(id, programme, user);
    }

    /** Reads every row, collecting every problem of every row before refusing, so one round of fixes suffices. */
    private List<TraineeDetails> readRoster(Cohort cohort, List<RosterRow> rows) {
        if (cohort.status() == CohortStatus.COMPLETED) {
            throw TrainingRejected.invalid("training.cohort.closed");
        }
        var problems = new ArrayList<RosterImportRejected.Problem>();
        var trainees = new ArrayList<TraineeDetails>();
        var seen = new HashMap<String, Integer>();
        cohort.roster().forEach(t -> seen.put(key(t.details().name(), t.details().organisation()), 0));
        for (var row : rows) {
            try {
                var details = new TraineeDetails(row.name(), Gender.parse(row.gender()), row.ethnicity(), row.region(),
                        row.organisation(), row.post(), row.phone());
                var earlier = seen.putIfAbsent(key(details.name(), details.organisation()), row.line());
                if (earlier != null) {
                    problems.add(new RosterImportRejected.Problem(row.line(), earlier == 0
                            ? "training.roster.row.already-enrolled" : "training.roster.row.duplicate",
                            List.of(details.name(), earlier)));
                } else {
                    trainees.add(details);
                }
            } catch (TrainingRejected rejected) {
                problems.add(new RosterImportRejected.Problem(row.line(), rejected.messageKey(),
                        List.of(rejected.arguments())));
            }
        }
        if (trainees.isEmpty() && problems.isEmpty()) {
            problems.add(new RosterImportRejected.Problem(0, "training.roster.no-rows", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new RosterImportRejected(problems);
        }
        return trainees;
    }

    private static String key(String name, String organisation) {
        return name + "\u0000" + organisation;
    }

    @Override
    @Transactional
    public CohortDetails start(CohortId id, long seenVersion) {
        var cohort = load(id);
        var programme = programmeOf(cohort);
        var user = requireRunner(programme);
        requireVersion(cohort, seenVersion);
        cohort.start();
        cohorts.update(cohort);
        record(programme, user, "cohortStatus", cohort.name() + " · 待开班", cohort.name() + " · 培训中");
        events.publishEvent(new CohortStarted(id, programme.getId(), cohort.roster().size()));
        return reloaded(id, programme, user);
    }

    @Override
    @Transactional
    public void markAttendance(CohortId id, TraineeId trainee, LocalDate day, boolean present) {
        var cohort = cohorts.byId(id).orElseThrow(() -> TrainingRejected.notFound("training.cohort.not-found"));
        requireRunner(programmeOf(cohort));
        cohort.trainee(trainee);
        if (day == null || !cohort.runsOn(day)) {
            throw TrainingRejected.invalid("training.attendance.day-outside", cohort.startsOn(), cohort.endsOn());
        }
        var before = cohorts.attendance(id).getOrDefault(trainee, Map.of()).get(day);
        cohorts.mark(trainee, day, present);
        if (before == null || before != present) {
            record(programmeOf(cohort), currentUser.get().orElse(null), "attendance",
                    before == null ? null : cohort.trainee(trainee).details().name() + " · " + day + " · "
                            + (before ? "出勤" : "缺勤"),
                    cohort.trainee(trainee).details().name() + " · " + day + " · " + (present ? "出勤" : "缺勤"));
        }
    }

    @Override
    @Transactional
    public CohortDetails complete(CohortId id, Set<TraineeId> completed, long seenVersion) {
        var cohort = load(id);
        var programme = programmeOf(cohort);
        var user = requireRunner(programme);
        requireVersion(cohort, seenVersion);
        cohort.complete(completed);
        cohorts.update(cohort);
        record(programme, user, "cohortStatus", cohort.name() + " · 培训中",
                cohort.name() + " · 已结业（" + cohort.completedCount() + "/" + cohort.roster().size() + "）");
        events.publishEvent(new CohortCompleted(id, programme.getId(), cohort.roster().size(),
                cohort.completedCount()));
        return reloaded(id, programme, user);
    }

    @Override
    @Transactional
    public List<String> issueCertificates(CohortId id) {
        var cohort = cohorts.byId(id).orElseThrow(() -> TrainingRejected.notFound("training.cohort.not-found"));
        var programme = programmeOf(cohort);
        requireRunner(programme);
        if (cohort.completedCount() == 0) {
            throw TrainingRejected.invalid("training.certificate.none-completed");
        }
        var issued = new HashMap<TraineeId, Certificate>();
        cohorts.certificatesOf(id).forEach(c -> issued.put(c.trainee(), c));
        var unit = directory.unit(programme.implementingUnit()).map(u -> u.nameZh())
                .orElse(programme.implementingUnit().value());
        var today = LocalDate.now(clock.withZone(SHANGHAI));
        var codes = new ArrayList<String>();
        for (var trainee : cohort.roster()) {
            if (trainee.completed() && !issued.containsKey(trainee.id())) {
                var certificate = new Certificate(Certificate.newCode(programme.year()), trainee.id(), id,
                        programme.getId(), trainee.details().name(), programme.name(), unit, cohort.place(),
                        cohort.startsOn(), cohort.endsOn(), today);
                cohorts.issue(certificate);
                record(programme, currentUser.get().orElse(null), "certificate", null,
                        trainee.details().name() + " · " + certificate.code());
                events.publishEvent(new CertificateIssued(certificate.code(), id, programme.getId()));
                codes.add(certificate.code());
            }
        }
        return codes;
    }

    @Override
    public byte[] certificateDocument(String code) {
        var certificate = cohorts.certificate(Certificate.normalise(code))
                .orElseThrow(() -> TrainingRejected.notFound("training.certificate.not-found"));
        currentUser.require();
        return documents.render(certificate, verificationUrl(certificate.code()));
    }

    @Override
    public Optional<CertificateVerification> verify(String code) {
        return cohorts.certificate(Certificate.normalise(code)).map(c -> new CertificateVerification(c.code(),
                c.traineeName(), c.programmeName(), c.unitName(), c.place(), c.start(), c.end(), c.issuedOn()));
    }

    String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    /** What happens to a cohort is recorded on its programme, with who and when, like the programme's own changes. */
    /** The roster's new size, and each trainee added by name and organisation (never the phone number). */
    private void recordEnrolled(Programme programme, UserContext user, Cohort cohort, int before,
            List<TraineeDetails> added) {
        var changes = new ArrayList<ProgrammeChange>();
        changes.add(new ProgrammeChange("roster", cohort.name() + " · " + before,
                cohort.name() + " · " + cohort.roster().size()));
        added.forEach(t -> changes.add(new ProgrammeChange("trainee", null,
                cohort.name() + " · " + t.name() + "（" + t.organisation() + "）")));
        programmes.recordChanges(programme.getId(), changes, user == null ? ProgrammeService.SYSTEM
                : user.displayName(), clock.instant());
    }

    private void record(Programme programme, UserContext user, String field, String before, String after) {
        programmes.recordChanges(programme.getId(), List.of(new ProgrammeChange(field, before, after)),
                user == null ? ProgrammeService.SYSTEM : user.displayName(), clock.instant());
    }

    private Cohort load(CohortId id) {
        return cohorts.byId(id).orElseThrow(() -> TrainingRejected.notFound("training.cohort.not-found"));
    }

    /** Checked after the permission, so that who may not act learns nothing about the cohort's state. */
    private static void requireVersion(Cohort cohort, long seenVersion) {
        if (cohort.version() != seenVersion) {
            throw TrainingRejected.conflict("training.cohort.changed-meanwhile", cohort.name());
        }
    }

    private Programme programmeOf(Cohort cohort) {
        return programmes.byId(cohort.programme()).orElseThrow();
    }

    private UserContext requireRunner(Programme programme) {
        var user = currentUser.get();
        if (user.isEmpty()) {
            // nobody signed in: the application itself, loading its demo data
            return null;
        }
        if (!ProgrammePermissions.mayRun(user.get(), programme)) {
            throw TrainingRejected.forbidden("training.cohort.forbidden");
        }
        return user.get();
    }

    private CohortDetails reloaded(CohortId id, Programme programme, UserContext user) {
        return details(cohorts.byId(id).orElseThrow(), programme, user);
    }

    private static CohortSummary summary(Cohort c) {
        return new CohortSummary(c.getId(), c.programme(), c.name(), c.startsOn(), c.endsOn(), c.place(), c.status(),
                c.roster().size(), c.completedCount(), c.version());
    }

    private CohortDetails details(Cohort cohort, Programme programme, UserContext user) {
        boolean mayRun = user != null && ProgrammePermissions.mayRun(user, programme);
        var certificates = new HashMap<TraineeId, String>();
        cohorts.certificatesOf(cohort.getId()).forEach(c -> certificates.put(c.trainee(), c.code()));
        var roster = cohort.roster().stream().map(t -> {
            var d = t.details();
            return new TraineeView(t.id(), d.name(), d.gender(), d.ethnicity(), d.region(), d.organisation(), d.post(),
                    mayRun ? d.phone() : null, t.completed(), certificates.get(t.id()));
        }).toList();
        var days = new ArrayList<LocalDate>();
        for (var day = cohort.startsOn(); !day.isAfter(cohort.endsOn()) && days.size() < 400; day = day.plusDays(1)) {
            days.add(day);
        }
        Map<String, Map<LocalDate, Boolean>> attendance = new LinkedHashMap<>();
        cohorts.attendance(cohort.getId()).forEach((trainee, marks) -> attendance.put(trainee.toString(), marks));
        // Phone numbers are personal data: every showing of them is recorded, and the commission office sees the record.
        var phones = (int) roster.stream().filter(t -> t.phone() != null && !t.phone().isBlank()).count();
        if (phones > 0) {
            cohorts.recordPhonesShown(cohort.getId(), phones, user.displayName(), user.username(), clock.instant());
        }
        var reveals = user != null && user.isAdmin() ? cohorts.phoneReveals(cohort.getId(), PHONE_REVEALS_SHOWN)
                .stream().map(r -> new CohortDetails.PhoneReveal(r.at(), r.byName(), r.username(), r.phones())).toList()
                : List.<CohortDetails.PhoneReveal>of();
        return new CohortDetails(summary(cohort), roster, days, attendance, mayRun, mayRun, reveals);
    }
}
