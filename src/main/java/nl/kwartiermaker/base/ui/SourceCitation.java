package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source as the portal shows it wherever it cites one. Sources name the seed document by its number first
 * ("001 Handreiking kwartiermaken, Fase 2: …"), which means nothing to a reader; each part that names a seed links to
 * that seed's entry on the sources page, where author, year, title and publisher are listed. A source that names
 * several seeds ("001 …; 002 …") links each part to its own seed; a part without a number ("001 …; Fase 1: …") still
 * belongs to the seed before it.
 */
public class SourceCitation extends Span {

    /** The sources page; its entries carry the ids {@code bron-000} … */
    public static final String SOURCES_PAGE = "kennisbank/bronnen";
    private static final Pattern SEED = Pattern.compile("^(\\d{3})(?!\\d)");
    private static final String PARTS = "; ";
    /** Stands for the source in the label's translation, so the label keeps its own words and order per language. */
    private static final String PLACE = "\u0001";

    /** The source alone, as in a knowledge page's list of sources. */
    public SourceCitation(String source) {
        addClassName("source-citation");
        addParts(source);
    }

    /** The source in a translated label such as "Bron: {0}"; only the source itself becomes links. */
    public SourceCitation(String labelKey, String source) {
        addClassName("source-citation");
        String label = getTranslation(labelKey, PLACE);
        int at = label.indexOf(PLACE);
        if (at < 0) {
            add(new Text(label + " "));
            addParts(source);
            return;
        }
        if (at > 0) {
            add(new Text(label.substring(0, at)));
        }
        addParts(source);
        if (at + PLACE.length() < label.length()) {
            add(new Text(label.substring(at + PLACE.length())));
        }
    }

    /** The seed a source (or a part of one) names first, as its three-digit number. */
    public static Optional<String> seed(String source) {
        Matcher matcher = SEED.matcher(source == null ? "" : source.strip());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Where a seed's entry is on the sources page. */
    public static String entry(String seed) {
        return SOURCES_PAGE + "#bron-" + seed;
    }

    private void addParts(String source) {
        String[] parts = (source == null ? "" : source.strip()).split(PARTS);
        String current = null;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                add(new Text(PARTS));
            }
            current = seed(parts[i]).orElse(current);
            if (current == null) {
                add(new Text(parts[i]));
            } else {
                Anchor link = new Anchor(entry(current), parts[i]);
                link.addClassName("source-link");
                add(link);
            }
        }
    }
}
