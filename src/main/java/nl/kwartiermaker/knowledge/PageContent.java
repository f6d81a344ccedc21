package nl.kwartiermaker.knowledge;

import java.util.List;

/** The editable part of a page: what an editor fills in and what a revision keeps. */
public record PageContent(String title, String summary, String body, List<String> sources) {

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
