package nl.kwartiermaker.knowledge;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Synchronises the shipped pages at start-up, once the database is migrated. */
@Component
@Order(0)
class ShippedPagesLoader implements ApplicationRunner {

    private final KnowledgeService knowledge;

    ShippedPagesLoader(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void run(ApplicationArguments args) {
        knowledge.synchroniseShippedPages();
    }
}
