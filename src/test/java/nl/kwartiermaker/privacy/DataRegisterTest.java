package nl.kwartiermaker.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kwartiermaker.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data register in docs/privacy.md lists every field of every entity, as JPA knows them (inherited auditing
 * columns, embedded values and element collections included, as {@code collection.field}). An entity that gains a
 * field fails this test until the register says what the field is, and a field the register names that no longer
 * exists fails it too.
 */
@PortalTest
class DataRegisterTest {

    static final Path REGISTER = Path.of("docs/privacy.md");
    /** "### Entity" starts an entity's part; its table's rows start with "| `field` |". */
    private static final Pattern ENTITY = Pattern.compile("^### (\\w+)");
    private static final Pattern FIELD = Pattern.compile("^\\| `([\\w.]+)` \\|");
    private static final Set<String> PERSONAL = Set.of("yes", "no");
    private static final Pattern ROW = Pattern.compile("^\\| `[\\w.]+` \\| (\\w+) \\|");

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void every_field_of_every_entity_is_in_the_data_register_and_nothing_else() throws IOException {
        Set<String> inCode = new TreeSet<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            fields(entity, entity.getName() + ".", inCode);
        }
        Set<String> inRegister = registered();

        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(inRegister);
        Set<String> gone = new TreeSet<>(inRegister);
        gone.removeAll(inCode);
        assertThat(missing).as("entity fields not in the data register (%s)", REGISTER).isEmpty();
        assertThat(gone).as("fields in the data register that no entity has any more").isEmpty();
    }

    @Test
    void every_row_of_the_register_says_whether_the_field_is_personal_data() throws IOException {
        List<String> rows = Files.readAllLines(REGISTER).stream().filter(l -> FIELD.matcher(l).find()).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            Matcher m = ROW.matcher(row);
            assertThat(m.find() && PERSONAL.contains(m.group(1))).as("personal data yes/no in: %s", row).isTrue();
        });
    }

    private static void fields(ManagedType<?> type, String prefix, Set<String> into) {
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            Type<?> element = attribute instanceof PluralAttribute<?, ?, ?> plural ? plural.getElementType()
                    : ((SingularAttribute<?, ?>) attribute).getType();
            if (element instanceof EmbeddableType<?> embeddable) {
                fields(embeddable, prefix + attribute.getName() + ".", into);
            } else {
                into.add(prefix + attribute.getName());
            }
        }
    }

    private static Set<String> registered() throws IOException {
        Set<String> fields = new TreeSet<>();
        String entity = null;
        for (String line : Files.readAllLines(REGISTER)) {
            Matcher heading = ENTITY.matcher(line);
            if (heading.find()) {
                entity = heading.group(1);
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (entity != null && field.find()) {
                fields.add(entity + "." + field.group(1));
            }
        }
        return fields;
    }
}
