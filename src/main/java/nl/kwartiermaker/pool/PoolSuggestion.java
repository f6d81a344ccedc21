package nl.kwartiermaker.pool;

import java.util.List;

/**
 * A pool expert who could take a request, with the portal's score, the hours they have free in every week of the
 * request's period, and the reasons in words (i18n keys with their parameters: names and whole numbers).
 */
public record PoolSuggestion(long expertId, String name, int score, int freeHours, int hoursAvailable,
                             List<Reason> reasons) {

    public PoolSuggestion {
        reasons = List.copyOf(reasons);
    }

    /** One reason: an i18n key and its parameters. */
    public record Reason(String key, List<Object> params) {

        public Reason {
            params = List.copyOf(params);
        }

        static Reason of(String key, Object... params) {
            return new Reason(key, List.of(params));
        }
    }
}
