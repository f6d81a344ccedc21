package nl.kwartiermaker.base;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as the app shell needs them. The user feature implements it, so the shell does not depend on
 * features.
 */
public interface SignedInUser {

    Optional<Account> current();

    /** Stores the language choice with the user, so it survives the session. */
    void rememberLocale(Locale locale);

    /** {@code ownPassword}: the person signs in with a password and may change it themselves. */
    record Account(long id, String email, String displayName, Set<Role> roles, Locale locale, boolean ownPassword) {

        public Account(long id, String email, String displayName, Set<Role> roles, Locale locale) {
            this(id, email, displayName, roles, locale, true);
        }
    }
}
