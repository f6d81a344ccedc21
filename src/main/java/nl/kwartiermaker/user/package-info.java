/** People with an account: their roles, language and whether they may still sign in. */
@org.springframework.modulith.ApplicationModule(displayName = "Gebruikers")
package nl.kwartiermaker.user;
