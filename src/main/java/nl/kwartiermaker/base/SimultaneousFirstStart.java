package nl.kwartiermaker.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Instances starting at the same moment update the database one after the other (decision 0016). Liquibase's own lock
 * is not enough on a new, empty database: it creates its history table before it takes the lock, so all instances but
 * one failed with "DATABASECHANGELOG already exists" (liquibase/liquibase#5254), and an instance that had read the
 * history before waiting for the lock then applied changes that were already there. So Liquibase runs here, under the
 * database's named lock ({@code GET_LOCK}) on MariaDB, and Spring's own run of it is switched off. An embedded H2
 * database is opened by one JVM only, so there a lock in this JVM does the same.
 */
@Component
class SimultaneousFirstStart implements BeanPostProcessor {

    static final String LOCK = "kwartiermaker.liquibase";
    /** A first start builds the whole schema; an instance waits for another's at most this long. */
    private static final int WAIT_SECONDS = 600;
    private static final Object IN_THIS_JVM = new Object();
    private static final Logger log = LoggerFactory.getLogger(SimultaneousFirstStart.class);

    private final Environment environment;

    SimultaneousFirstStart(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase
                && environment.getProperty("spring.liquibase.enabled", Boolean.class, true)) {
            try {
                update(liquibase);
            } catch (LiquibaseException | SQLException e) {
                throw new BeanInitializationException("Liquibase could not update the database", e);
            }
            liquibase.setShouldRun(false);
        }
        return bean;
    }

    private static void update(SpringLiquibase liquibase) throws LiquibaseException, SQLException {
        DataSource dataSource = liquibase.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!product.equalsIgnoreCase("MariaDB") && !product.equalsIgnoreCase("MySQL")) {
                synchronized (IN_THIS_JVM) {
                    liquibase.afterPropertiesSet();
                }
                return;
            }
            // the named lock belongs to this connection's session, which stays open until the update is done
            try (PreparedStatement lock = connection.prepareStatement("select get_lock(?, ?)")) {
                lock.setString(1, LOCK);
                lock.setInt(2, WAIT_SECONDS);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        throw new SQLException("Another instance held the lock " + LOCK + " for " + WAIT_SECONDS
                                + " s while updating the database");
                    }
                }
            }
            try {
                liquibase.afterPropertiesSet();
            } finally {
                try (PreparedStatement release = connection.prepareStatement("select release_lock(?)")) {
                    release.setString(1, LOCK);
                    release.executeQuery().close();
                } catch (SQLException e) {
                    log.warn("Could not release the lock {}; it ends with this connection", LOCK, e);
                }
            }
        }
    }
}
