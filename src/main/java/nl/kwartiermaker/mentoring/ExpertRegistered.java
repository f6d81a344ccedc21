package nl.kwartiermaker.mentoring;

/**
 * Someone was registered as an expert by experience (or an existing entry became one): their onboarding plan can start
 * from the template.
 */
public record ExpertRegistered(long personId) {
}
