package nl.kwartiermaker;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test: the test clock back at the real time, and no sign-in attempts remembered. Tests move the clock
 * (retry pauses, closing dates, throttling windows) and make sign-ins fail on purpose; without this, what one test
 * left behind decided what the next one saw, depending on the order they ran in.
 */
public class FreshStart implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        context.getBean(MutableClock.class).reset();
        context.getBean(JdbcTemplate.class).update("delete from login_failure");
    }
}
