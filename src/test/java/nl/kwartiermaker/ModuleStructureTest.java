package nl.kwartiermaker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk to each other only through their public services and events, never through internals. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(KwartiermakerApplication.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.kwartiermaker");

    @Test
    void feature_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void repositories_are_private_to_their_feature() {
        classes().that().areAssignableTo(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }
}
