/** Messages to people: e-mail through a retrying outbox, templates per language, and the in-app notification list. */
@org.springframework.modulith.ApplicationModule(displayName = "Meldingen")
package nl.kwartiermaker.notification;
