/** The knowledge base: pages written from the seeds, shipped as Markdown, editable by Beheerders with history. */
@org.springframework.modulith.ApplicationModule(displayName = "Kennisbank")
package nl.kwartiermaker.knowledge;
