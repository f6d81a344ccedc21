package nl.kwartiermaker.readiness;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kwartiermaker.base.Access;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.decision.ReadinessScanSummaries;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.traject.TrajectParticipants;
import nl.kwartiermaker.traject.ChecklistService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of scan rounds: per theme and group, per statement, the largest gaps, advice, open answers, the PDF
 * report and CSV, comparison of rounds and the decision page's summary. Every figure passes the {@link GroupThreshold},
 * and figures are released only for a sealed round: while a round takes answers, everyone sees how many people
 * answered per group and nothing else, so no one can learn a group's or a person's answers from how the figures change
 * (decision 0005). Readers seal a round that has closed before they read it, and read with READ COMMITTED so that they
 * see the sealed state.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.READ_COMMITTED)
public class ScanResultsService implements ReadinessScanSummaries {

    private static final int ADVICE_MAX = 3;
    private static final int GAPS_MAX = 5;

    private final ScanRoundRepository rounds;
    private final ScanQuestionRepository questions;
    private final ScanInvitationRepository invitations;
    private final ScanResponseRepository responses;
    private final ScanTemplates templates;
    private final RoundExports exports;
    private final RoundOverviews overviews;
    private final RoundSealing sealing;
    private final ScanAccess access;
    private final ChecklistService checklists;
    private final OrganisationService organisation;
    private final SealedRoundResults sealedResults;

    ScanResultsService(ScanRoundRepository rounds, ScanQuestionRepository questions,
                       ScanInvitationRepository invitations, ScanResponseRepository responses,
                       ScanTemplates templates, RoundExports exports, RoundOverviews overviews, RoundSealing sealing,
                       ScanAccess access, ChecklistService checklists, OrganisationService organisation,
                       SealedRoundResults sealedResults) {
        this.organisation = organisation;
        this.sealedResults = sealedResults;
        this.rounds = rounds;
        this.questions = questions;
        this.invitations = invitations;
        this.responses = responses;
        this.templates = templates;
        this.exports = exports;
        this.overviews = overviews;
        this.sealing = sealing;
        this.access = access;
        this.checklists = checklists;
    }

    /** Two rounds of one traject side by side: the earlier one as baseline. */
    public record RoundComparison(ScanResults baseline, ScanResults rescan) {
    }

    /** What the results page shows, with the traject read once. */
    public record ResultsPage(ScanResults results, boolean mayManage, List<RoundOverview> otherRounds) {
    }

    /** A round's results; before the round is sealed only the response per group. */
    @PreAuthorize(Access.STAFF)
    public ScanResults results(long roundId) {
        return compute(access.readableRound(roundId));
    }

    /**
     * The results of a round (as {@link #results(long)}), whether this person may act on the advice, and the other
     * closed rounds of the traject whose results they may read, to compare with.
     */
    @PreAuthorize(Access.STAFF)
    public ResultsPage resultsPage(long roundId) {
        ScanRound round = access.round(roundId);
        TrajectParticipants traject = access.visibleTraject(round.getTrajectId());
        access.requireReadable(round, traject);
        ScanResults results = compute(round);
        if (results.released() && !round.isResultsRead() && access.leads(traject)) {
            // the lead has now read them: the round leaves their task list
            sealing.markResultsRead(roundId);
        }
        return new ResultsPage(results, traject.mayManage(), overviews.of(traject).stream()
                .filter(r -> r.id() != roundId && r.state() == RoundState.CLOSED).toList());
    }

    /** The round's report as PDF: cover, response, heat map, themes and advice, as the results page shows them. */
    @PreAuthorize(Access.STAFF)
    public byte[] pdf(long roundId, Locale locale) {
        ScanRound round = access.readableRound(roundId);
        ScanResults results = released(compute(round));
        return exports.pdf(results, organisation.settings().name(),
                access.visibleTraject(round.getTrajectId()).name(), locale);
    }

    /** The anonymous answers of the groups that pass the threshold, one row per response. */
    @PreAuthorize(Access.STAFF)
    public byte[] csv(long roundId, Locale locale) {
        ScanResults results = released(results(roundId));
        Set<RespondentGroup> shown = results.groups().stream().filter(ScanResults.GroupResponse::shown)
                .map(ScanResults.GroupResponse::group).collect(java.util.stream.Collectors.toSet());
        return exports.csv(results, questions.findByRoundIdOrderByPositionAscIdAsc(roundId),
                shown.isEmpty() ? List.of() : responses.answers(roundId, shown), locale);
    }

    /** Compares two sealed rounds of one traject; the one that opened first is the baseline. */
    @PreAuthorize(Access.STAFF)
    public RoundComparison compare(long oneRoundId, long otherRoundId) {
        ScanRound one = access.readableRound(oneRoundId);
        ScanRound other = access.readableRound(otherRoundId);
        require(one.getTrajectId() == other.getTrajectId() && oneRoundId != otherRoundId, "scan.error.compare");
        boolean oneFirst = one.getOpensOn().isBefore(other.getOpensOn())
                || (one.getOpensOn().equals(other.getOpensOn()) && one.getId() < other.getId());
        ScanResults first = released(compute(oneFirst ? one : other));
        ScanResults second = released(compute(oneFirst ? other : one));
        return new RoundComparison(first, second);
    }

    /** Adds the checklist item that a weak theme's advice names to the traject (or says it is already open). */
    @PreAuthorize(Access.STAFF)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ChecklistService.TemplateItem addAdviceToChecklist(long roundId, String themeKey) {
        ScanRound round = access.managedRound(roundId);
        ScanTemplate.Theme theme = templates.version(round.getTemplateVersion()).flatMap(t -> t.theme(themeKey))
                .orElseThrow(() -> new InvalidInput("scan.error.notfound"));
        return checklists.addTemplateItem(round.getTrajectId(), theme.checklistKey());
    }

    /** The decision page's summary: the latest closed round of the traject, for anyone who may see the traject. */
    @Override
    @PreAuthorize(Access.STAFF)
    public Optional<ScanSummary> latestClosedRound(long trajectId) {
        if (access.visibleTrajectIfAny(trajectId).isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = access.today();
        return rounds.findByTrajectIdOrderByOpensOnDescIdDesc(trajectId).stream()
                .filter(r -> r.state(today) == RoundState.CLOSED)
                .max(Comparator.comparing((ScanRound r) -> r.closedOn(today)).thenComparing(ScanRound::getId))
                .map(this::compute).filter(ScanResults::released)
                .map(results -> new ScanSummary(results.roundName(), results.closedOn(),
                        (int) results.totalResponses(), results.themes().stream().filter(t -> t.overall() != null)
                        .map(t -> new ThemeScore(t.title(), t.overall())).toList(),
                        "scans/" + results.roundId() + "/resultaten"));
    }

    private static ScanResults released(ScanResults results) {
        require(results.released(), "scan.error.results.notreleased");
        return results;
    }

    /**
     * The round's figures under the threshold. A round that has closed is sealed first (in its own transaction);
     * one that is still open yields the response per group only.
     */
    private ScanResults compute(ScanRound round) {
        return sealedResults.of(round, () -> computeNow(round));
    }

    private ScanResults computeNow(ScanRound round) {
        LocalDate today = access.today();
        boolean released = round.isSealed()
                || (round.state(today) == RoundState.CLOSED && sealing.sealIfDue(round.getId()));
        long roundId = round.getId();
        Map<RespondentGroup, Long> responded = new EnumMap<>(RespondentGroup.class);
        round.getGroups().forEach(g -> responded.put(g, 0L));
        responses.countByGroup(List.of(roundId)).forEach(c -> responded.put(c.getRespondentGroup(), c.getResponses()));
        GroupThreshold threshold = GroupThreshold.of(responded);
        Map<RespondentGroup, long[]> invited = new EnumMap<>(RespondentGroup.class);
        invitations.countByGroup(List.of(roundId)).forEach(c -> invited.put(c.getRespondentGroup(),
                new long[] {c.getInvited(), c.getAnswered()}));
        List<ScanResults.GroupResponse> groups = responded.keySet().stream().map(g -> new ScanResults.GroupResponse(g,
                invited.getOrDefault(g, new long[2])[0], invited.getOrDefault(g, new long[2])[1], responded.get(g),
                threshold.of(g))).toList();
        long total = responded.values().stream().mapToLong(Long::longValue).sum();
        if (!released) {
            return ScanResults.responseOnly(round, round.state(today), groups, total);
        }

        List<ScanQuestion> asked = questions.findByRoundIdOrderByPositionAscIdAsc(roundId);
        Map<String, String> themeTitles = new LinkedHashMap<>();
        asked.stream().filter(q -> !q.isOpenQuestion()).forEach(q -> themeTitles.putIfAbsent(q.getThemeKey(),
                q.getThemeTitle()));
        Map<String, Map<RespondentGroup, Double>> byGroup = new HashMap<>();
        Map<String, long[]> overall = new HashMap<>();
        for (ScanResponseRepository.ThemeScore score : responses.themeScores(List.of(roundId))) {
            if (threshold.shows(score.getRespondentGroup())) {
                byGroup.computeIfAbsent(score.getTheme(), k -> new EnumMap<>(RespondentGroup.class))
                        .put(score.getRespondentGroup(), (double) score.getScoreSum() / score.getAnswers());
            }
            long[] sum = overall.computeIfAbsent(score.getTheme(), k -> new long[2]);
            sum[0] += score.getScoreSum();
            sum[1] += score.getAnswers();
        }
        List<ScanResults.ThemeResult> themes = new ArrayList<>();
        themeTitles.forEach((key, title) -> {
            long[] sum = overall.get(key);
            Double all = threshold.totalsShown() && sum != null && sum[1] > 0 ? (double) sum[0] / sum[1] : null;
            themes.add(new ScanResults.ThemeResult(key, title, byGroup.getOrDefault(key, Map.of()), all));
        });

        List<ScanResults.StatementResult> statements = new ArrayList<>();
        if (threshold.totalsShown()) {
            Map<Long, long[]> counts = new HashMap<>();
            for (ScanResponseRepository.ValueCount count : responses.distribution(roundId)) {
                if (count.getScore() >= 0 && count.getScore() <= 5) {
                    counts.computeIfAbsent(count.getQuestionId(), k -> new long[6])[count.getScore()]
                            += count.getAnswers();
                }
            }
            asked.stream().filter(q -> !q.isOpenQuestion()).forEach(q -> statements.add(new ScanResults.StatementResult(
                    q.getId(), q.getThemeKey(), q.getText(), q.isReverseScored(),
                    counts.getOrDefault(q.getId(), new long[6]), q.getExpertText().orElse(null))));
        }

        List<ScanResults.Gap> gaps = themes.stream().filter(t -> t.byGroup().size() >= 2).map(t -> {
            var low = t.byGroup().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
            var high = t.byGroup().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            return new ScanResults.Gap(t.key(), t.title(), low.getKey(), low.getValue(), high.getKey(),
                    high.getValue());
        }).filter(g -> g.difference() > 0).sorted(Comparator.comparingDouble(ScanResults.Gap::difference).reversed())
                .limit(GAPS_MAX).toList();

        ScanTemplate template = templates.version(round.getTemplateVersion()).orElse(templates.latest());
        List<ScanResults.Advice> advice = themes.stream()
                .filter(t -> t.overall() != null && t.overall() < ScanResults.WEAK)
                .sorted(Comparator.comparingDouble(ScanResults.ThemeResult::overall))
                .flatMap(t -> template.theme(t.key()).stream().map(theme -> new ScanResults.Advice(t.key(),
                        t.title(), t.overall(), theme.advice(), theme.checklistKey(), theme.source())))
                .limit(ADVICE_MAX).toList();

        Map<Long, String> questionTexts = new HashMap<>();
        asked.forEach(q -> questionTexts.put(q.getId(), q.getText()));
        Set<RespondentGroup> shown = threshold.shown();
        List<ScanResults.OpenAnswer> open = shown.isEmpty() ? List.of() : responses.openAnswers(roundId, shown)
                .stream().map(a -> new ScanResults.OpenAnswer(questionTexts.getOrDefault(a.getQuestionId(), ""),
                        a.getRespondentGroup(), a.getText())).toList();

        return new ScanResults(roundId, round.getTrajectId(), round.getName(), RoundState.CLOSED, round.getOpensOn(),
                round.getClosesOn(), round.closedOn(today), true, groups, threshold.totalsShown(), total, themes,
                statements, gaps, advice, open);
    }
}
