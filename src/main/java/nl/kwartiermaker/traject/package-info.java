/** Trajecten: an organisation unit's path through kwartiermaken, with members and phase checklists. */
@org.springframework.modulith.ApplicationModule(displayName = "Trajecten")
package nl.kwartiermaker.traject;
