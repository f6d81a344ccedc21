package nl.kwartiermaker.story;

import java.util.EnumSet;
import java.util.UUID;
import nl.kwartiermaker.SignedIn;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;

/** Distinct people for Verhalen tests (an author, a featured expert, a colleague), each with a unique address. */
public final class StoryPeople {

    private StoryPeople() {
    }

    /** A new account with this role; leaves nobody signed in, so the test signs in as whom it means. */
    public static UserAccount create(UserService users, String label, Role role) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as("beheerder@demo.nl", Role.BEHEERDER);
        UserAccount account = users.create(new UserService.NewUser(label + "-" + run + "@test.nl",
                label + " " + run, EnumSet.of(role), "een lang wachtwoord"));
        SignedIn.nobody();
        return account;
    }

    public static void signInAs(UserAccount account) {
        SignedIn.as(account.email(), account.roles().toArray(Role[]::new));
    }
}
