/** Begeleiding: experts by experience, their mentors, buddies and supervisors, and how they are supported. */
@org.springframework.modulith.ApplicationModule(displayName = "Begeleiding")
package nl.kwartiermaker.mentoring;
