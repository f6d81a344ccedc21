/** Verhalen: success stories, written with the consent of the people in them, reviewed, and shared with staff. */
@org.springframework.modulith.ApplicationModule(displayName = "Verhalen")
package nl.kwartiermaker.story;
