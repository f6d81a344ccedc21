package nl.kwartiermaker.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the people who could be an expert's mentor or buddy. Pure: it gets the pool, the places each has taken and who
 * already supports the expert, and reads nothing itself, so every rule is a unit test.
 *
 * <p>Never suggested: the expert themselves, someone who left or is unavailable, someone who does not offer this kind
 * of support, someone already supporting (or proposed to support) this expert, someone whose running and proposed
 * mentorships fill their capacity, and as a buddy someone who is not an expert by experience themselves (seed 000 tip
 * 7: a buddy is another expert).
 *
 * <p>The weights, and why:
 * <ul>
 * <li>3 per shared experience theme: recognising each other's lived experience is what peer support rests on, so it
 * counts most;</li>
 * <li>1 per free place, at most 3: spreads the work over the people who offer it, without letting an empty calendar
 * outweigh a shared theme;</li>
 * <li>mentor only, seniority: senior 3, experienced 2, starting 0: a mentor shows the way in the work (seed 001, fase
 * 2), which takes experience; for a buddy, personal support, it does not count;</li>
 * <li>mentor in the same team 2: knows the work, the meetings and the colleagues the new expert meets; a buddy in
 * another team 1: someone outside the line of work is easier to tell what is on your mind;</li>
 * <li>a mentor who is an expert by experience themselves 1: seed 001 asks for at least two experts together, and a
 * mentor with lived experience knows the role from inside.</li>
 * </ul>
 */
final class MentorMatching {

    static final int PER_THEME = 3;
    static final int PER_FREE_PLACE = 1;
    static final int MAX_FREE_PLACES_COUNTED = 3;
    static final int MENTOR_SAME_TEAM = 2;
    static final int BUDDY_OTHER_TEAM = 1;
    static final int MENTOR_IS_EXPERT = 1;

    private MentorMatching() {
    }

    /**
     * Everyone who may be proposed, best first (ties by name). {@code taken}: running and proposed mentorships per
     * supporter id; {@code supportingExpert}: ids of people already supporting or proposed for this expert.
     */
    static List<MentorSuggestion> rank(RegisteredPerson expert, SupportKind kind, List<RegisteredPerson> pool,
                                       Map<Long, Long> taken, Set<Long> supportingExpert) {
        List<MentorSuggestion> ranked = new ArrayList<>();
        for (RegisteredPerson candidate : pool) {
            long free = candidate.getCapacity() - taken.getOrDefault(candidate.getId(), 0L);
            if (!eligible(expert, kind, candidate, free, supportingExpert)) {
                continue;
            }
            ranked.add(score(expert, kind, candidate, free));
        }
        ranked.sort(Comparator.comparingInt(MentorSuggestion::score).reversed()
                .thenComparing(MentorSuggestion::name).thenComparingLong(MentorSuggestion::personId));
        return ranked;
    }

    private static boolean eligible(RegisteredPerson expert, SupportKind kind, RegisteredPerson candidate, long free,
                                    Set<Long> supportingExpert) {
        boolean offers = kind == SupportKind.MENTOR ? candidate.isOffersMentoring()
                : candidate.isOffersBuddy() && candidate.isExpert();
        return offers && !candidate.getId().equals(expert.getId()) && candidate.getLeftOn() == null
                && candidate.isAvailable() && free > 0 && !supportingExpert.contains(candidate.getId());
    }

    private static MentorSuggestion score(RegisteredPerson expert, SupportKind kind, RegisteredPerson candidate,
                                          long free) {
        List<MentorSuggestion.Reason> reasons = new ArrayList<>();
        int score = 0;
        Set<ExperienceTheme> shared = EnumSet.noneOf(ExperienceTheme.class);
        shared.addAll(expert.getThemes());
        shared.retainAll(candidate.getThemes());
        if (!shared.isEmpty()) {
            score += PER_THEME * shared.size();
            reasons.add(MentorSuggestion.Reason.of("mentoring.matching.reason.themes", shared.size()));
        }
        score += PER_FREE_PLACE * (int) Math.min(free, MAX_FREE_PLACES_COUNTED);
        reasons.add(MentorSuggestion.Reason.of("mentoring.matching.reason.capacity", (int) free,
                candidate.getCapacity()));
        boolean sameTeam = !expert.getTeam().isBlank() && expert.getTeam().equalsIgnoreCase(candidate.getTeam());
        if (kind == SupportKind.MENTOR) {
            if (candidate.getSeniority() != null) {
                score += switch (candidate.getSeniority()) {
                    case SENIOR -> 3;
                    case EXPERIENCED -> 2;
                    case STARTING -> 0;
                };
                String level = candidate.getSeniority().name().toLowerCase(Locale.ROOT);
                reasons.add(MentorSuggestion.Reason.of("mentoring.matching.reason.seniority." + level));
            }
            if (sameTeam) {
                score += MENTOR_SAME_TEAM;
            }
            if (candidate.isExpert()) {
                score += MENTOR_IS_EXPERT;
                reasons.add(MentorSuggestion.Reason.of("mentoring.matching.reason.mentor_expert"));
            }
        } else {
            reasons.add(MentorSuggestion.Reason.of("mentoring.matching.reason.buddy_expert"));
            if (!sameTeam) {
                score += BUDDY_OTHER_TEAM;
            }
        }
        reasons.add(MentorSuggestion.Reason.of(sameTeam ? "mentoring.matching.reason.same_team"
                : "mentoring.matching.reason.other_team"));
        return new MentorSuggestion(candidate.getId(), candidate.getName(), score, reasons);
    }
}
