package nl.kwartiermaker.traject;

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

/** All shipped checklist template versions; new trajecten get the latest. */
@Component
class ChecklistTemplates {

    private final List<ChecklistTemplate> versions;

    ChecklistTemplates() {
        this(load());
    }

    ChecklistTemplates(List<ChecklistTemplate> versions) {
        if (versions.isEmpty()) {
            throw new IllegalStateException("No checklist template found under traject/checklist-v*.yaml");
        }
        this.versions = versions.stream().sorted(Comparator.comparingInt(ChecklistTemplate::version)).toList();
    }

    ChecklistTemplate latest() {
        return versions.getLast();
    }

    Optional<ChecklistTemplate> version(int version) {
        return versions.stream().filter(t -> t.version() == version).findFirst();
    }

    private static List<ChecklistTemplate> load() {
        try {
            List<ChecklistTemplate> result = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:traject/checklist-v*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(parse(new Yaml().load(in)));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checklist templates", e);
        }
    }

    @SuppressWarnings("unchecked")
    static ChecklistTemplate parse(Map<String, Object> yaml) {
        int version = (Integer) yaml.get("version");
        List<ChecklistTemplate.Item> items = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> stage : (List<Map<String, Object>>) yaml.get("stages")) {
            Stage stageName = Stage.valueOf((String) stage.get("stage"));
            for (Map<String, Object> group : (List<Map<String, Object>>) stage.get("groups")) {
                for (Map<String, Object> item : (List<Map<String, Object>>) group.get("items")) {
                    String key = (String) item.get("key");
                    if (!keys.add(key)) {
                        throw new IllegalStateException("Checklist template " + version + " repeats key " + key);
                    }
                    items.add(new ChecklistTemplate.Item(version, stageName, (String) group.get("key"),
                            (String) group.get("title"), key, (String) item.get("title"),
                            (String) item.get("explanation"), (String) item.get("knowledge"),
                            (String) item.get("source")));
                }
            }
        }
        return new ChecklistTemplate(version, List.copyOf(items));
    }
}
