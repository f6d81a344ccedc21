package nl.kwartiermaker.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures; the login page explains it. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-ins");
    }
}
