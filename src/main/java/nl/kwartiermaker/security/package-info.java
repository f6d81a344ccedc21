/** Sign-in, sessions, access rules, login throttling, security headers and the audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Beveiliging")
package nl.kwartiermaker.security;
