package nl.kwartiermaker.story;

import java.util.Set;
import nl.kwartiermaker.mentoring.ExperienceTheme;
import nl.kwartiermaker.traject.ExpertRole;

/** What an author writes; checked by the writing service, where every limit has a message. */
public record StoryContent(String title, String summary, String body, String impact, Set<ExperienceTheme> themes,
                           Set<ExpertRole> roles, Long trajectId) {

    public StoryContent {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        body = body == null ? "" : body;
        impact = impact == null ? "" : impact;
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
