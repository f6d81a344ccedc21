package nl.kwartiermaker.readiness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The results of sealed rounds, kept once computed. A sealed round's answers are final ({@link RoundSealing}), so its
 * results are the same for everyone who opens them; computing them reads and groups every answer of the round, which
 * made the results page the costliest page to open (issue 18, docs/performance.md). Nothing of a round can be changed
 * once it has opened, let alone once sealed. Each instance keeps its own: the figures are the same everywhere.
 */
@Component
class SealedRoundResults {

    /** Rounds kept; the results pages people read are those of a few recent rounds. */
    static final int KEPT = 50;

    private final Map<Long, ScanResults> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ScanResults> eldest) {
            return size() > KEPT;
        }
    };

    ScanResults of(ScanRound round, Supplier<ScanResults> compute) {
        if (!round.isSealed()) {
            return compute.get();
        }
        synchronized (kept) {
            ScanResults known = kept.get(round.getId());
            if (known != null) {
                return known;
            }
        }
        ScanResults results = compute.get();
        synchronized (kept) {
            kept.put(round.getId(), results);
        }
        return results;
    }
}
