/** Role descriptions (functieprofielen) for experts by experience: builder, review, versions and exports. */
@org.springframework.modulith.ApplicationModule(displayName = "Functieprofielen")
package nl.kwartiermaker.roledescription;
