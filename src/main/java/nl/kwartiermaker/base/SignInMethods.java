package nl.kwartiermaker.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether people sign in with a password. An organisation whose staff all sign in through its identity provider
 * switches it off ({@code kwartiermaker.login.form-enabled=false}); the portal then offers no password anywhere.
 */
@Component
public class SignInMethods {

    private final boolean passwords;

    public SignInMethods(@Value("${kwartiermaker.login.form-enabled:true}") boolean passwords) {
        this.passwords = passwords;
    }

    public boolean passwords() {
        return passwords;
    }
}
