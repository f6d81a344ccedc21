package nl.kwartiermaker.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone) from every other failure. People get
 * a different answer for it — "temporarily unavailable, try again in a few minutes" — because nothing they did caused
 * it and waiting is the remedy; the log gets one line instead of a stack trace per request during an outage.
 */
public final class DatabaseOutage {

    /** SQL state class 08: "connection exception" in the SQL standard, used by MariaDB and H2 alike. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException // the pool gave up waiting for a connection
                    || t instanceof SQLNonTransientConnectionException // a connection broke or was refused
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for a one-line log entry. */
    public static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
