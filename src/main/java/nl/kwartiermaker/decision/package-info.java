/** The go/no-go decision: preconditions, motive check and an immutable history of decisions per traject. */
@org.springframework.modulith.ApplicationModule(displayName = "Go/no-go-besluit")
package nl.kwartiermaker.decision;
