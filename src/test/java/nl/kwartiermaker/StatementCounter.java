package nl.kwartiermaker;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements that one piece of work sends to the database, so a test can pin what loading a view
 * costs and show that the cost does not grow with the data (no N+1 queries). Only statements of the calling thread
 * are recorded: a scheduled job that runs meanwhile does not change the figure. {@link PortalTest} and
 * {@link WebPortalTest} wrap the application's DataSource with datasource-proxy to make this possible.
 *
 * <pre>{@code
 * List<String> statements = StatementCounter.statementsOf(() -> navigate(UsersView.class));
 * assertThat(statements).hasSize(4); // on failure AssertJ prints every statement
 * }</pre>
 */
public final class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<int[]> ROWS = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** Runs the work and returns the SQL of every statement it executed, in order. */
    public static List<String> statementsOf(Runnable work) {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.set(outer);
        }
        if (outer != null) {
            outer.addAll(statements);
        }
        return List.copyOf(statements);
    }

    /**
     * Runs the work and returns how many result rows it read. A flat statement count can hide a query that reads every
     * row of a table (and a view that keeps them all in memory); the rows read show it, and unlike heap figures they
     * are the same on every run.
     */
    public static int rowsReadBy(Runnable work) {
        int[] rows = {0};
        int[] outer = ROWS.get();
        ROWS.set(rows);
        try {
            work.run();
        } finally {
            ROWS.set(outer);
        }
        if (outer != null) {
            outer[0] += rows[0];
        }
        return rows[0];
    }

    /** Counts every {@code ResultSet.next()} that found a row, on the thread that reads. */
    private static final class RowCounter implements MethodExecutionListener {

        @Override
        public void beforeMethod(MethodExecutionContext execution) {
        }

        @Override
        public void afterMethod(MethodExecutionContext execution) {
            int[] rows = ROWS.get();
            if (rows != null && execution.getTarget() instanceof ResultSet
                    && "next".equals(execution.getMethod().getName()) && Boolean.TRUE.equals(execution.getResult())) {
                rows[0]++;
            }
        }
    }

    private static final class Recorder implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            List<String> statements = RECORDING.get();
            if (statements != null) {
                queries.forEach(query -> statements.add(query.getQuery()));
            }
        }
    }

    /** Wraps every DataSource of the test context so that its statements can be recorded. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor statementRecordingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource).name(name).listener(new Recorder())
                                .proxyResultSet().methodListener(new RowCounter()).build();
                    }
                    return bean;
                }
            };
        }
    }
}
