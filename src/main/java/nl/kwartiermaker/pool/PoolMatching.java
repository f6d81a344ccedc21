package nl.kwartiermaker.pool;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.mentoring.RegisterDirectory;

/**
 * Ranks the pool's experts for a deployment request. Pure: it gets the candidates with the hours they already have
 * planned, and reads nothing itself, so every rule is a unit test (decision 0009).
 *
 * <p>Never suggested: an expert whose profile is not active, who left the register, or who has no hour free in some
 * week of the request's period (the assignment would be refused).
 *
 * <p>The weights, and why:
 * <ul>
 * <li>4 for lived experience with the request's theme (from the register): seed 003 reports residents reached per
 * theme, and shared experience is what an expert by experience brings;</li>
 * <li>3 when the expert takes on the BCP-E core task the role asks (seed 003 recruits on these core tasks);</li>
 * <li>3 for living in the place or municipality, 2 for another tie with it: seed 003 recruits "zo lokaal mogelijk
 * waardoor de binding en kennis van de lokale situatie zo optimaal mogelijk is";</li>
 * <li>1 per 4 free hours a week, at most 3: spreads the work, without letting an empty agenda outweigh the theme;</li>
 * <li>−2 for not meeting the training requirement (at least mbo, or willing to follow it): still suggested, so the
 * coordinator sees them, but after those who meet it.</li>
 * </ul>
 */
final class PoolMatching {

    static final int THEME = 4;
    static final int CORE_TASK = 3;
    static final int LIVES_THERE = 3;
    static final int TIE = 2;
    static final int HOURS_PER_POINT = 4;
    static final int MAX_FREE_POINTS = 3;
    static final int TRAINING_NOT_MET = -2;

    /** An expert who could be suggested: their profile, register entry and most hours planned in a week of the period. */
    record Candidate(PoolExpert expert, RegisterDirectory.Entry entry, int peakPlanned) {
    }

    private PoolMatching() {
    }

    /** Everyone who may be assigned, best first (ties: more free hours, then by name). */
    static List<PoolSuggestion> rank(DeploymentRequest request, String partnerName, List<Candidate> candidates) {
        List<PoolSuggestion> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int free = candidate.expert().getHoursAvailable() - candidate.peakPlanned();
            if (candidate.expert().isActive() && !candidate.entry().left() && free > 0) {
                ranked.add(score(request, partnerName, candidate, free));
            }
        }
        ranked.sort(Comparator.comparingInt(PoolSuggestion::score).reversed()
                .thenComparing(Comparator.comparingInt(PoolSuggestion::freeHours).reversed())
                .thenComparing(PoolSuggestion::name).thenComparingLong(PoolSuggestion::expertId));
        return ranked;
    }

    private static PoolSuggestion score(DeploymentRequest request, String partnerName, Candidate candidate,
                                        int free) {
        PoolExpert expert = candidate.expert();
        List<PoolSuggestion.Reason> reasons = new ArrayList<>();
        int score = 0;
        if (candidate.entry().themes().contains(request.getTheme())) {
            score += THEME;
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.theme"));
        } else {
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.theme.none"));
        }
        if (expert.getCoreTasks().contains(request.getRole().coreTask())) {
            score += CORE_TASK;
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.task"));
        } else {
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.task.none"));
        }
        String local = local(expert.getResidence(), request.getPlace(), partnerName);
        String tie = local == null ? local(expert.getRegionTie(), request.getPlace(), partnerName) : null;
        if (local != null) {
            score += LIVES_THERE;
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.lives", expert.getResidence()));
        } else if (tie != null) {
            score += TIE;
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.tie", tie));
        } else {
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.far", partnerName));
        }
        score += Math.min(MAX_FREE_POINTS, free / HOURS_PER_POINT);
        reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.free", free, expert.getHoursAvailable()));
        if (!expert.getTraining().meetsRequirement()) {
            score += TRAINING_NOT_MET;
            reasons.add(PoolSuggestion.Reason.of("pool.deploy.reason.training"));
        }
        return new PoolSuggestion(expert.getId(), candidate.entry().name(), score, free, expert.getHoursAvailable(),
                reasons);
    }

    /**
     * Which of the request's place and municipality the expert's text (residence or tie) names, or the other way
     * round ("Blerick" in "Blerick, gemeente Venlo"); null when neither. Case and accents do not count.
     */
    static String local(String text, String place, String municipality) {
        String mine = plain(text);
        if (mine.isEmpty()) {
            return null;
        }
        for (String where : List.of(place, municipality)) {
            String theirs = plain(where);
            if (!theirs.isEmpty() && (mine.contains(theirs) || theirs.contains(mine))) {
                return where.strip();
            }
        }
        return null;
    }

    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
