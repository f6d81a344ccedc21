package nl.kwartiermaker;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test: the test clock back at the real time, nobody signed in, and no sign-in attempts remembered.
 * Tests move the clock (retry pauses, closing dates, throttling windows), sign in and make sign-ins fail on purpose;
 * without this, what one test left behind decided what the next one saw, depending on the order they ran in.
 */
public class FreshStart implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        context.getBean(MutableClock.class).reset();
        // a test class that signs in without signing out (or a test that failed half-way) left the thread signed in:
        // the next class's first test then met the Overzicht where it opened the login page
        SignedIn.nobody();
        context.getBean(JdbcTemplate.class).update("delete from login_failure");
        // On MariaDB every new test context drops the schema and builds it again (spring.liquibase.drop-first), and
        // ShedLock remembers which lock rows it has inserted, from then on only updating them: in a context made
        // before the drop, every scheduled job a test starts found no row to update and was skipped as if another
        // instance had the turn. Forgetting that here makes it insert the row again when it is missing.
        if (context.getBean(LockProvider.class) instanceof StorageBasedLockProvider locks) {
            locks.clearCache();
        }
    }
}
