/** The readiness scan: questionnaires, rounds with invitations, anonymous answers and results per theme and group. */
@org.springframework.modulith.ApplicationModule(displayName = "Gereedheidsscan")
package nl.kwartiermaker.readiness;
