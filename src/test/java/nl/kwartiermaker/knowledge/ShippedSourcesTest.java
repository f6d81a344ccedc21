package nl.kwartiermaker.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.ui.SourceCitation;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every source the portal ships names a seed the sources page lists, so every citation's link leads to an entry:
 * the knowledge pages and the YAML templates (scan, checklist, go/no-go, text blocks, interview questions,
 * onboarding).
 */
class ShippedSourcesTest {

    /** A {@code source:} line in a page's front matter or a template, quoted or not. */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*-?\\s*source:\\s*\"?(.*?)\"?\\s*$");

    @Test
    void every_shipped_source_names_a_seed_the_sources_page_lists() throws IOException {
        Set<String> listed = SourceDocuments.all().stream().map(SourceDocuments.SourceDocument::code)
                .collect(Collectors.toSet());
        List<String> sources = shippedSources();
        assertThat(sources).as("the shipped texts cite their sources").hasSizeGreaterThan(100);
        Set<String> cited = new TreeSet<>();
        for (String source : sources) {
            assertThat(SourceCitation.seed(source)).as("a source starts with its seed's number: " + source)
                    .isPresent();
            for (String part : source.split("; ")) {
                SourceCitation.seed(part).ifPresent(cited::add);
            }
        }
        assertThat(listed).as("seeds the shipped texts cite").containsAll(cited);
        assertThat(cited).as("every listed seed is cited somewhere").containsAll(listed);
    }

    @Test
    void the_warnings_the_code_itself_cites_name_only_listed_seeds() throws IOException {
        // a string that starts like a seed's number ("001 Handreiking …", "001, Fase 2: …"), not any number
        Pattern literal = Pattern.compile("\"(00\\d)[ ,]");
        Set<String> cited = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    cited.add(matcher.group(1));
                }
            }
        }
        assertThat(cited).as("the code cites seeds (warnings, intervision)").isNotEmpty();
        assertThat(cited).allSatisfy(code -> assertThat(SourceDocuments.find(code)).as(code).isPresent());
    }

    @Test
    void a_source_citing_a_seed_the_page_does_not_list_is_caught() {
        assertThat(SourceDocuments.find("005")).isEmpty();
        assertThat(SourceCitation.seed("005 Een onbekend document")).contains("005");
        assertThat(SourceCitation.seed("001, Fase 2: Regel een maatje/mentor")).contains("001");
        assertThat(SourceCitation.seed("Fase 1: Vorm een leidende coalitie")).isEmpty();
    }

    private static List<String> shippedSources() throws IOException {
        List<String> result = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : List.of("classpath*:kennisbank/*.md", "classpath*:readiness/*.yaml",
                "classpath*:traject/*.yaml", "classpath*:roledescription/*.yaml", "classpath*:mentoring/*.yaml")) {
            for (Resource resource : resolver.getResources(pattern)) {
                Matcher matcher = SOURCE_LINE.matcher(resource.getContentAsString(StandardCharsets.UTF_8));
                while (matcher.find()) {
                    result.add(matcher.group(1).strip());
                }
            }
        }
        return result;
    }
}
