package nl.kwartiermaker.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** All shipped questionnaire versions; a new round uses the latest unless a Beheerder or project lead adapted it. */
@Component
class ScanTemplates {

    private final List<ScanTemplate> versions;

    ScanTemplates() {
        this(load());
    }

    ScanTemplates(List<ScanTemplate> versions) {
        if (versions.isEmpty()) {
            throw new IllegalStateException("No questionnaire found under readiness/scan-v*.yaml");
        }
        this.versions = versions.stream().sorted(Comparator.comparingInt(ScanTemplate::version)).toList();
    }

    ScanTemplate latest() {
        return versions.getLast();
    }

    Optional<ScanTemplate> version(int version) {
        return versions.stream().filter(t -> t.version() == version).findFirst();
    }

    private static List<ScanTemplate> load() {
        try {
            List<ScanTemplate> result = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:readiness/scan-v*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(parse(new Yaml().load(in)));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaires", e);
        }
    }

    @SuppressWarnings("unchecked")
    static ScanTemplate parse(Map<String, Object> yaml) {
        int version = (Integer) yaml.get("version");
        Set<String> keys = new HashSet<>();
        List<ScanTemplate.Theme> themes = new ArrayList<>();
        for (Map<String, Object> theme : (List<Map<String, Object>>) yaml.get("themes")) {
            List<ScanTemplate.Statement> statements = new ArrayList<>();
            for (Map<String, Object> statement : (List<Map<String, Object>>) theme.get("statements")) {
                statements.add(new ScanTemplate.Statement(unique(keys, (String) statement.get("key"), version),
                        (String) statement.get("text"), Boolean.TRUE.equals(statement.get("reverse")),
                        (String) statement.get("experts")));
            }
            themes.add(new ScanTemplate.Theme(unique(keys, (String) theme.get("key"), version),
                    (String) theme.get("title"), (String) theme.get("advice"), (String) theme.get("checklist"),
                    (String) theme.get("source"), List.copyOf(statements)));
        }
        List<ScanTemplate.OpenQuestion> open = new ArrayList<>();
        for (Map<String, Object> question : (List<Map<String, Object>>) yaml.getOrDefault("open", List.of())) {
            open.add(new ScanTemplate.OpenQuestion(unique(keys, (String) question.get("key"), version),
                    (String) question.get("text")));
        }
        return new ScanTemplate(version, (String) yaml.get("name"), List.copyOf(themes), List.copyOf(open));
    }

    private static String unique(Set<String> keys, String key, int version) {
        if (key == null || !keys.add(key)) {
            throw new IllegalStateException("Questionnaire " + version + " repeats or lacks key " + key);
        }
        return key;
    }
}
