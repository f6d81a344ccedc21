package nl.kwartiermaker.knowledge;

import java.util.Locale;

/** Where a page sits in the knowledge base; the order of the constants is the order on the overview. */
public enum PageCategory {
    BASIS, REIS, THEMA, EIGEN;

    static PageCategory parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public String labelKey() {
        return "knowledge.category." + name().toLowerCase(Locale.ROOT);
    }
}
