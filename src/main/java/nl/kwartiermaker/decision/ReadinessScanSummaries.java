package nl.kwartiermaker.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the readiness scan will plug in: the decision page shows the latest closed scan round of the traject when a
 * bean of this type exists. Until the scan feature is built there is none, and the page says the scan is not
 * available yet.
 */
public interface ReadinessScanSummaries {

    Optional<ScanSummary> latestClosedRound(long trajectId);

    /** A round's headline figures: themes with their average score (1–5) and a link to the full results. */
    record ScanSummary(String roundName, LocalDate closedOn, int respondents, List<ThemeScore> themes,
                       String resultsLink) {
    }

    record ThemeScore(String theme, double score) {
    }
}
