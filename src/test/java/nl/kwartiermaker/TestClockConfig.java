package nl.kwartiermaker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** Lets {@link SignedIn} reach this context's security-context strategy (see there). */
    @Bean
    Object registerSecurityContextStrategy(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        strategies.orderedStream().forEach(SignedIn::register);
        return new Object();
    }
}
