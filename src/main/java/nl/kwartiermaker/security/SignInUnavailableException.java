package nl.kwartiermaker.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Sign-in could not be checked because the database cannot be reached. Kept apart from a wrong password so the login
 * page can say the portal is temporarily unavailable instead of blaming what the person typed. Not Spring's "internal"
 * kind, which its sign-in filter logs with a stack trace on every attempt during an outage.
 */
class SignInUnavailableException extends AuthenticationServiceException {

    SignInUnavailableException(Throwable cause) {
        super("Sign-in impossible: the database cannot be reached", cause);
    }
}
