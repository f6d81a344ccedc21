package nl.kwartiermaker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of rules that live in the database (queries, constraints, locking). It runs twice: on H2 in the normal
 * test run and on a real MariaDB in the surefire execution "mariadb" (see pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@Tag("database")
public @interface DatabaseTest {
}
