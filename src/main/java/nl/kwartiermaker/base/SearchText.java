package nl.kwartiermaker.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for searching, so "coordinator" finds "coördinator" and case does not matter: the knowledge base and the
 * story library search the same way.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** A readable address part from a title: "Eigen pagina: Wat nu?" becomes "eigen-pagina-wat-nu". */
    public static String slug(String title) {
        String slug = fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "pagina" : slug;
    }
}
