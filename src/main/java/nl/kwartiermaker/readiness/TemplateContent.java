package nl.kwartiermaker.readiness;

import java.util.List;

/** An organisation template as its editor opens it; {@code version} goes back with the save. */
public record TemplateContent(long id, long version, String name, int revision, boolean archived, long roundsUsing,
                              List<TemplateQuestion> questions) {
}
