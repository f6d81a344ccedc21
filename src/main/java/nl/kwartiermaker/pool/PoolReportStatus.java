package nl.kwartiermaker.pool;

import java.util.Locale;

/** A half-yearly report is written as a draft and then finalised: from then on it stays exactly as issued. */
public enum PoolReportStatus {
    DRAFT, FINAL;

    public String labelKey() {
        return "pool.reports.status." + name().toLowerCase(Locale.ROOT);
    }
}
