package nl.kwartiermaker.roledescription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.kwartiermaker.traject.ExpertRole;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * Interview questions: the seeds' questions for every interview, then those for each chosen expert role and each
 * required competence (roledescription/interview-questions.yaml).
 */
@Component
class InterviewQuestions {

    private final List<Question> general;
    private final Map<String, List<Question>> byRole;
    private final Map<String, List<Question>> byCompetence;

    record Question(String text, String source) {
    }

    @SuppressWarnings("unchecked")
    InterviewQuestions() {
        try (InputStream in = InterviewQuestions.class.getResourceAsStream("/roledescription/interview-questions.yaml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            general = questions((List<Map<String, String>>) yaml.get("general"));
            byRole = grouped((Map<String, List<Map<String, String>>>) yaml.get("roles"));
            byCompetence = grouped((Map<String, List<Map<String, String>>>) yaml.get("competences"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interview questions", e);
        }
    }

    List<InterviewQuestion> forContent(RoleDescriptionContent content) {
        List<InterviewQuestion> result = new ArrayList<>();
        general.forEach(q -> result.add(new InterviewQuestion(q.text(), q.source(), InterviewQuestion.Reason.GENERAL,
                "")));
        for (ExpertRole role : ExpertRole.values()) {
            if (content.titleAndRoles().roles().contains(role)) {
                byRole.getOrDefault(role.name(), List.of()).forEach(q -> result.add(new InterviewQuestion(q.text(),
                        q.source(), InterviewQuestion.Reason.ROLE, "traject.role." + role.name()
                        .toLowerCase(java.util.Locale.ROOT))));
            }
        }
        Arrays.stream(Competence.values()).filter(content.competences().levels()::containsKey)
                .forEach(c -> byCompetence.getOrDefault(c.name(), List.of()).forEach(q -> result.add(
                        new InterviewQuestion(q.text(), q.source(), InterviewQuestion.Reason.COMPETENCE,
                                c.labelKey()))));
        return result;
    }

    private static List<Question> questions(List<Map<String, String>> yaml) {
        return yaml.stream().map(q -> new Question(q.get("text"), q.get("source"))).toList();
    }

    private static Map<String, List<Question>> grouped(Map<String, List<Map<String, String>>> yaml) {
        Map<String, List<Question>> result = new java.util.HashMap<>();
        yaml.forEach((key, list) -> result.put(key, questions(list)));
        return Map.copyOf(result);
    }
}
