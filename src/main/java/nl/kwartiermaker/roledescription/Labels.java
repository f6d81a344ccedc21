package nl.kwartiermaker.roledescription;

/** Translated texts in one language; the UI passes its own translation, exports use the requested locale. */
@FunctionalInterface
public interface Labels {

    String get(String key, Object... params);
}
