package nl.kwartiermaker.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every scheduled job carries {@code @SchedulerLock}: with several instances on one database, only the instance that
 * holds the job's row in {@code scheduled_job_lock} runs it, the others skip that turn (decision 0016). The row's
 * expiry is computed by the database ({@code usingDbTime}), so instances whose clocks differ still agree on it. A job's
 * {@code lockAtMostFor} is how long a lock outlives an instance that died while running it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledJobLocks {

    static final String TABLE = "scheduled_job_lock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }
}
