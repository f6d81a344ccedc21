package nl.kwartiermaker.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two sections on an expert's page, as the other parts of Begeleiding contribute them, declared in the opposite of
 * their order. They show only for the people a test names in {@link #SHOWN_FOR}, so every other page in the suite
 * stays as the application builds it.
 */
@Configuration(proxyBeanMethods = false)
class TestSections {

    static final Set<Long> SHOWN_FOR = ConcurrentHashMap.newKeySet();

    @Bean
    ExpertPageSection laterTestSection() {
        return section(20, "test-section-later");
    }

    @Bean
    ExpertPageSection earlierTestSection() {
        return section(10, "test-section-earlier");
    }

    private static ExpertPageSection section(int order, String className) {
        return new ExpertPageSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Component> render(long personId) {
                if (!SHOWN_FOR.contains(personId)) {
                    return Optional.empty();
                }
                Section section = new Section();
                section.addClassName(className);
                return Optional.of(section);
            }
        };
    }
}
