package nl.kwartiermaker.base;

import java.util.List;
import java.util.Locale;

/** The portal speaks Dutch first and English second. */
public final class PortalLocales {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    /** Vaadin session attribute holding a language chosen before signing in. */
    public static final String SESSION_ATTRIBUTE = "kwartiermaker.locale";
    /** HTTP session attribute holding the language the person's last page was shown in. */
    public static final String SHOWN_ATTRIBUTE = "kwartiermaker.locale.shown";

    private PortalLocales() {
    }

    /** Any locale the portal cannot speak falls back to Dutch. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return DUTCH;
    }
}
