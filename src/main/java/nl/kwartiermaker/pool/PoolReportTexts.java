package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

/**
 * What the coordinator writes in a half-yearly report: (c) the added value observed, (d) trends and developments,
 * (e) other, project-specific results beside the sub-assignments' progress. Stripped; each at most
 * {@link PoolReport#TEXT_MAX} characters.
 */
public record PoolReportTexts(String addedValue, String trends, String otherResults) {

    public PoolReportTexts {
        addedValue = clean(addedValue, "c");
        trends = clean(trends, "d");
        otherResults = clean(otherResults, "e");
    }

    public static PoolReportTexts none() {
        return new PoolReportTexts("", "", "");
    }

    private static String clean(String text, String part) {
        String stripped = text == null ? "" : text.strip();
        require(stripped.length() <= PoolReport.TEXT_MAX, "pool.reports.error.text", part, PoolReport.TEXT_MAX);
        return stripped;
    }
}
