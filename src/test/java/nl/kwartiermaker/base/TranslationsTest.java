package nl.kwartiermaker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Dutch and English must say the same things, and every key the code asks for must exist. */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations", "mail/templates"})
    void dutch_and_english_have_the_same_keys(String bundle) throws IOException {
        assertThat(load(bundle + "_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(bundle + "_nl.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations_nl.properties", "vaadin-i18n/translations_en.properties",
            "mail/templates_nl.properties", "mail/templates_en.properties"})
    void texts_with_parameters_keep_their_apostrophes(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            if (pattern.contains("{")) {
                String formatted = new MessageFormat(pattern).format(new Object[] {1, 2, 3});
                assertThat(count(formatted, '\'')).as(file + " " + key + ": write '' for an apostrophe")
                        .isEqualTo(pattern.split("''", -1).length - 1);
            }
        }
    }

    @Test
    void every_literal_key_in_the_code_exists() throws IOException {
        Set<String> keys = load("vaadin-i18n/translations_nl.properties").stringPropertyNames();
        Pattern literal = Pattern.compile(
                "(?:getTranslation|translate)\\((?:[a-zA-Z]+, )?\"([a-z0-9_.-]+)\"\\s*[,)]|title = \"([a-z0-9_.-]+)\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!keys.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_role_has_a_name_in_both_languages() throws IOException {
        Set<String> keys = load("vaadin-i18n/translations_en.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.labelKey());
        }
    }

    @Test
    void the_provider_speaks_dutch_unless_english_is_asked_for() {
        PortalI18nProvider provider = new PortalI18nProvider();
        assertThat(provider.getTranslation("action.save", java.util.Locale.GERMAN)).isEqualTo("Opslaan");
        assertThat(provider.getTranslation("action.save", java.util.Locale.UK)).isEqualTo("Save");
        assertThat(provider.getTranslation("does.not.exist", PortalLocales.DUTCH)).isEqualTo("!does.not.exist");
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
