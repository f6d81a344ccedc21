package nl.kwartiermaker.pool;

/** Where the half-yearly reports live in the portal, for tasks, mails and pages alike. */
public final class PoolReportLinks {

    public static final String LIST = "pool/rapportages";

    private PoolReportLinks() {
    }

    /** The list at one half-year. */
    public static String halfYear(PoolPeriod period) {
        return LIST + "?jaar=" + period.year() + "&half=" + period.half();
    }

    public static String report(long id) {
        return LIST + "/" + id;
    }
}
