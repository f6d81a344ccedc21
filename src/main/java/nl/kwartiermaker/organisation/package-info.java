/** The organisation's own settings: its name and logo, which documents such as exports carry. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisatie")
package nl.kwartiermaker.organisation;
