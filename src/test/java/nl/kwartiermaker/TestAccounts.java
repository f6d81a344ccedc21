package nl.kwartiermaker;

import java.util.EnumSet;
import java.util.Locale;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;

/** Accounts for tests: one per role, created once per database and reused. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** The account "&lt;role&gt;@test.nl" with exactly that role; the caller must be signed in as a Beheerder. */
    public static UserAccount withRole(UserService users, Role role) {
        String email = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@test.nl";
        return users.findByEmail(email).orElseGet(() -> users.create(
                new UserService.NewUser(email, "Test " + role.name(), EnumSet.of(role), "een lang wachtwoord")));
    }

    public static void signInAs(UserAccount account) {
        SignedIn.as(account.email(), account.roles().toArray(Role[]::new));
    }
}
