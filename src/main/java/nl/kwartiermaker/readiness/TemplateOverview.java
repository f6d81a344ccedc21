package nl.kwartiermaker.readiness;

/** An organisation template in the library list: how big it is and how many rounds started from it. */
public record TemplateOverview(long id, long version, String name, int revision, boolean archived, long statements,
                               long openQuestions, long roundsUsing) {
}
