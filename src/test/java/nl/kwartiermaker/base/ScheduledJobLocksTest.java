package nl.kwartiermaker.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With several instances on one database a scheduled job without a lock runs on every instance at once (decision
 * 0016): two nightly retention runs, two digests being sent side by side. A new job cannot forget it.
 */
class ScheduledJobLocksTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.kwartiermaker");

    @Test
    void every_scheduled_job_runs_under_a_lock_shared_by_all_instances() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .check(classes);
    }
}
