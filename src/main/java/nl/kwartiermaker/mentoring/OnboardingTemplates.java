package nl.kwartiermaker.mentoring;

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

/** All shipped onboarding plan versions; a new plan gets the latest. */
@Component
class OnboardingTemplates {

    static final String RESOURCES = "classpath*:mentoring/onboarding-v*.yaml";

    private final List<OnboardingTemplate> versions;

    OnboardingTemplates() {
        this(load());
    }

    OnboardingTemplates(List<OnboardingTemplate> versions) {
        if (versions.isEmpty()) {
            throw new IllegalStateException("No onboarding template found under mentoring/onboarding-v*.yaml");
        }
        this.versions = versions.stream().sorted(Comparator.comparingInt(OnboardingTemplate::version)).toList();
    }

    OnboardingTemplate latest() {
        return versions.getLast();
    }

    Optional<OnboardingTemplate> version(int version) {
        return versions.stream().filter(t -> t.version() == version).findFirst();
    }

    static List<OnboardingTemplate> load() {
        try {
            List<OnboardingTemplate> result = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(RESOURCES)) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(parse(new Yaml().load(in)));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the onboarding templates", e);
        }
    }

    /** Refuses a template that would make a plan nobody can follow: a task without key, owner, date or source. */
    @SuppressWarnings("unchecked")
    static OnboardingTemplate parse(Map<String, Object> yaml) {
        int version = (Integer) yaml.get("version");
        List<OnboardingTemplate.Task> tasks = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> task : (List<Map<String, Object>>) yaml.get("tasks")) {
            String key = text(task, "key", version);
            if (!keys.add(key)) {
                throw new IllegalStateException("Onboarding template " + version + " repeats key " + key);
            }
            if (!(task.get("due") instanceof Integer due)) {
                throw new IllegalStateException("Onboarding template " + version + ", " + key + ": no due offset");
            }
            tasks.add(new OnboardingTemplate.Task(key, text(task, "title", version), text(task, "explanation", version),
                    TaskOwner.valueOf(text(task, "owner", version)), due, text(task, "source", version)));
        }
        return new OnboardingTemplate(version, List.copyOf(tasks));
    }

    private static String text(Map<String, Object> task, String field, int version) {
        if (!(task.get(field) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException("Onboarding template " + version + ": a task without " + field + " ("
                    + task.get("key") + ")");
        }
        return value.strip();
    }
}
