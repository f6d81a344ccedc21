package nl.kwartiermaker.knowledge;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Synchronises the shipped pages at start-up, once the database is migrated. Instances starting at the same moment
 * would insert the same pages side by side (on MariaDB one of them then failed its start with a deadlock): one
 * synchronises, one that finds the lock taken skips it, as the other does the same work (decision 0016).
 */
@Component
@Order(0)
class ShippedPagesLoader implements ApplicationRunner {

    private final KnowledgeService knowledge;

    ShippedPagesLoader(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    @SchedulerLock(name = "shipped-knowledge-pages", lockAtMostFor = "PT5M")
    public void run(ApplicationArguments args) {
        knowledge.synchroniseShippedPages();
    }
}
