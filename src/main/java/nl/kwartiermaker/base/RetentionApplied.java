package nl.kwartiermaker.base;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The nightly retention run finished: per data type how many rows it removed or blanked (no personal data). */
public record RetentionApplied(Map<String, Integer> counts) {

    public RetentionApplied {
        // by name, so the audit line reads the same every night
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
