package nl.kwartiermaker.base;

import java.util.Map;

/** The nightly retention run finished: per data type how many rows it removed or blanked (no personal data). */
public record RetentionApplied(Map<String, Integer> counts) {

    public RetentionApplied {
        counts = Map.copyOf(counts);
    }
}
