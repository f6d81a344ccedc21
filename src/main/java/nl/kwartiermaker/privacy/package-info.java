/** Data-subject requests: find a person, export everything the portal holds about them, erase them (decision 0015). */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.kwartiermaker.privacy;
