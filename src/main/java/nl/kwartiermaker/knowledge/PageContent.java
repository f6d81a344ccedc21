package nl.kwartiermaker.knowledge;

import java.util.List;

/** The editable part of a page: what an editor fills in and what a revision keeps. */
public record PageContent(String title, String summary, String body, List<String> sources) {

    /** The longest texts the service accepts (and the columns hold); the editor gives them to its fields too. */
    public static final int TITLE_MAX = 150;
    public static final int SUMMARY_MAX = 300;
    public static final int BODY_MAX = 100_000;
    public static final int SOURCES_MAX = 4_000;

    public PageContent {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        body = body == null ? "" : body.strip();
        sources = sources == null ? List.of() : sources.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Sources are stored one per line. */
    String joinedSources() {
        return String.join("\n", sources);
    }

    static List<String> splitSources(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("\n"));
    }
}
