package nl.kwartiermaker.decision;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.traject.TrajectParticipants;
import nl.kwartiermaker.traject.TrajectService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records go/no-go decisions. Whoever may see a traject may read its decisions; its project lead and Beheerders
 * record them. A "go" moves the traject into fase 1; every decision is announced to the people involved.
 */
@Service
@Transactional(readOnly = true)
public class GoNoGoService {

    private final GoNoGoDecisionRepository decisions;
    private final GoNoGoQuestions questions;
    private final TrajectService trajecten;
    private final SignedInUser signedInUser;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ReadinessScanSummaries> scans;
    private final PortalTime time;

    GoNoGoService(GoNoGoDecisionRepository decisions, GoNoGoQuestions questions, TrajectService trajecten,
                  SignedInUser signedInUser, ApplicationEventPublisher events,
                  ObjectProvider<ReadinessScanSummaries> scans, PortalTime time) {
        this.decisions = decisions;
        this.questions = questions;
        this.trajecten = trajecten;
        this.signedInUser = signedInUser;
        this.events = events;
        this.scans = scans;
        this.time = time;
    }

    /**
     * Everything the decision page shows. {@code scanAvailable} says whether the readiness scan is part of the portal;
     * {@code latestScan} is its latest closed round with released results, if any.
     */
    public record DecisionPage(TrajectParticipants traject, List<GoNoGoDecision> history, boolean scanAvailable,
                               Optional<ReadinessScanSummaries.ScanSummary> latestScan) {

        public DecisionPage {
            history = List.copyOf(history);
        }
    }

    /**
     * The decision page in one transaction, so the traject is read once: the scan summary's own access check finds
     * it in the transaction's persistence context. READ COMMITTED as in the scan's results, which seal a closed round
     * in a transaction of their own and must then see the sealed answers.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
    public DecisionPage page(long trajectId) {
        TrajectParticipants traject = visible(trajectId);
        ReadinessScanSummaries scan = scans.getIfAvailable();
        return new DecisionPage(traject, decisions.findByTrajectIdOrderByRecordedAtDescIdDesc(trajectId),
                scan != null, scan == null ? Optional.empty() : scan.latestClosedRound(trajectId));
    }

    /** All decisions of a traject, newest first; the first is the one in force. */
    @PreAuthorize(Access.STAFF)
    public List<GoNoGoDecision> history(long trajectId) {
        visible(trajectId);
        return decisions.findByTrajectIdOrderByRecordedAtDescIdDesc(trajectId);
    }

    @PreAuthorize(Access.STAFF)
    public Optional<GoNoGoDecision> current(long trajectId) {
        visible(trajectId);
        return decisions.findFirstByTrajectIdOrderByRecordedAtDescIdDesc(trajectId);
    }

    /** "Not yet" decisions in force for the signed-in person's trajecten, with their review dates. */
    @PreAuthorize(Access.STAFF)
    public List<Review> myReviews() {
        Map<Long, String> mine = trajecten.myTrajectNames();
        if (mine.isEmpty()) {
            return List.of();
        }
        return decisions.findReviewDates(mine.keySet()).stream()
                .map(d -> new Review(d.getTrajectId(), mine.get(d.getTrajectId()), d.getReviewDate(),
                        d.getReviewDate().isBefore(today())))
                .sorted(Comparator.comparing(Review::reviewDate))
                .toList();
    }

    public record Review(long trajectId, String trajectName, LocalDate reviewDate, boolean overdue) {
    }

    @PreAuthorize(Access.STAFF)
    @Transactional
    public GoNoGoDecision record(long trajectId, DecisionForm form) {
        TrajectParticipants traject = visible(trajectId);
        if (!traject.mayManage()) {
            throw new AccessDeniedException("Only the project lead or a Beheerder records a decision");
        }
        check(form, traject.dates());
        Long previous = decisions.findFirstByTrajectIdOrderByRecordedAtDescIdDesc(trajectId)
                .map(GoNoGoDecision::getId).orElse(null);
        String recorder = signedInUser.current().map(SignedInUser.Account::email).orElseThrow();
        // allowed without a closed scan round, but then the decision says so (decision 0004, "Phase guidance")
        ReadinessScanSummaries scan = scans.getIfAvailable();
        boolean withoutScan = scan == null || scan.latestClosedRound(trajectId).isEmpty();
        GoNoGoDecision decision = decisions.saveAndFlush(
                new GoNoGoDecision(trajectId, form, previous, recorder, time.now(), withoutScan));
        if (form.outcome() == Outcome.GO) {
            trajecten.startFirstPhase(trajectId);
        }
        Set<Long> involved = new HashSet<>(traject.memberIds());
        involved.add(traject.projectLeadId());
        events.publishEvent(new DecisionRecorded(decision.getId(), trajectId, traject.name(), form.outcome(),
                form.decidedOn(), decision.getReviewDate(), Set.copyOf(involved)));
        return decision;
    }

    private TrajectParticipants visible(long trajectId) {
        return trajecten.participants(trajectId).orElseThrow(() -> new InvalidInput("traject.error.notfound"));
    }

    private LocalDate today() {
        return time.today();
    }

    private void check(DecisionForm form, DateWindow dates) {
        Map<String, PreconditionAssessment> rated = form.preconditions().stream()
                .collect(Collectors.toMap(PreconditionAssessment::precondition, Function.identity(), (a, b) -> a));
        for (GoNoGoQuestions.Precondition precondition : questions.preconditions()) {
            PreconditionAssessment assessment = rated.get(precondition.key());
            require(assessment != null && assessment.rating() != null, "decision.error.precondition",
                    precondition.title());
            require(assessment.evidence().length() <= PreconditionAssessment.EVIDENCE_MAX,
                    "decision.error.evidence", precondition.title(), PreconditionAssessment.EVIDENCE_MAX);
        }
        require(rated.keySet().stream().allMatch(questions::isPrecondition), "decision.error.unknown");
        require(form.motives().stream().allMatch(questions::isMotive), "decision.error.unknown");
        require(form.outcome() != null, "decision.error.outcome");
        require(!form.rationale().isEmpty() && form.rationale().length() <= GoNoGoDecision.TEXT_MAX,
                "decision.error.rationale", GoNoGoDecision.TEXT_MAX);
        require(form.conditions().length() <= GoNoGoDecision.TEXT_MAX, "decision.error.conditions.long",
                GoNoGoDecision.TEXT_MAX);
        require(!form.decisionMakers().isEmpty() && form.decisionMakers().length() <= GoNoGoDecision.MAKERS_MAX,
                "decision.error.makers", GoNoGoDecision.MAKERS_MAX);
        require(form.decidedOn() != null && !form.decidedOn().isAfter(today()), "decision.error.date");
        require(dates.contains(form.decidedOn()), "decision.error.date.window", dates.firstYear());
        if (form.outcome() == Outcome.NOT_YET) {
            require(!form.conditions().isEmpty(), "decision.error.conditions");
            require(form.reviewDate() != null && form.reviewDate().isAfter(form.decidedOn()),
                    "decision.error.review");
            require(dates.contains(form.reviewDate()), "decision.error.review.window", dates.lastYear());
        }
    }
}
