package nl.kwartiermaker.mentoring;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Someone who could support an expert, with the portal's score and its reasons in words (i18n keys). */
public record MentorSuggestion(long personId, String name, int score, List<Reason> reasons) {

    public MentorSuggestion {
        reasons = List.copyOf(reasons);
    }

    /** One reason: an i18n key with its parameters (whole numbers only, so a stored reason reads back the same). */
    public record Reason(String key, List<Integer> params) {

        public Reason {
            params = List.copyOf(params);
        }

        static Reason of(String key, Integer... params) {
            return new Reason(key, List.of(params));
        }
    }

    /** The reasons as one line each ("key:1:2"), to keep them with the proposal. */
    String encodedReasons() {
        return reasons.stream().map(r -> r.key() + r.params().stream().map(p -> ":" + p).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    /** Reasons kept with a proposal, read back. */
    public static List<Reason> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return stored.lines().map(line -> {
            String[] parts = line.split(":");
            return new Reason(parts[0], Arrays.stream(parts).skip(1).map(Integer::valueOf).toList());
        }).toList();
    }
}
