package nl.kwartiermaker.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** The preconditions and the motive check of the decision page, written from the seeds (traject/go-no-go-v1.yaml). */
@Component
public class GoNoGoQuestions {

    public record Precondition(String key, String title, String question, String explanation, String source) {
    }

    public record Motive(String key, boolean recommended, String statement, String explanation, String source) {
    }

    private final List<Precondition> preconditions;
    private final List<Motive> motives;

    @SuppressWarnings("unchecked")
    GoNoGoQuestions() {
        try (InputStream in = new ClassPathResource("traject/go-no-go-v1.yaml").getInputStream()) {
            Map<String, Object> yaml = new Yaml().load(in);
            preconditions = ((List<Map<String, String>>) yaml.get("preconditions")).stream()
                    .map(p -> new Precondition(p.get("key"), p.get("title"), p.get("question"), p.get("explanation"),
                            p.get("source")))
                    .toList();
            motives = ((List<Map<String, String>>) yaml.get("motives")).stream()
                    .map(m -> new Motive(m.get("key"), "do".equals(m.get("kind")), m.get("statement"),
                            m.get("explanation"), m.get("source")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read traject/go-no-go-v1.yaml", e);
        }
    }

    public List<Precondition> preconditions() {
        return preconditions;
    }

    public List<Motive> motives() {
        return motives;
    }

    boolean isPrecondition(String key) {
        return preconditions.stream().anyMatch(p -> p.key().equals(key));
    }

    boolean isMotive(String key) {
        return motives.stream().anyMatch(m -> m.key().equals(key));
    }

    List<Motive> discouraged(java.util.Collection<String> keys) {
        return motives.stream().filter(m -> !m.recommended() && keys.contains(m.key())).toList();
    }
}
