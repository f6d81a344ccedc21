package nl.kwartiermaker.readiness;

import java.time.Instant;
import java.util.function.Supplier;
import nl.kwartiermaker.base.RecentlyUsed;
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

    /**
     * A round by its id and its creation: a database restored from a backup, or built anew (as each test context on
     * MariaDB does), can hold another round under an id this instance has seen.
     */
    private record Key(long id, Instant createdAt) {
    }

    private final RecentlyUsed<Key, ScanResults> kept = new RecentlyUsed<>(KEPT);

    ScanResults of(ScanRound round, Supplier<ScanResults> compute) {
        if (!round.isSealed()) {
            return compute.get();
        }
        return kept.get(new Key(round.getId(), round.getCreatedAt()), compute);
    }

    /**
     * Forgets a round's results after its answers were changed behind the portal's back — the portal never changes a
     * sealed round itself, but tests' clean-up and an operator's repair in the database do.
     */
    void forget(long roundId) {
        kept.removeIf(key -> key.id() == roundId);
    }
}
