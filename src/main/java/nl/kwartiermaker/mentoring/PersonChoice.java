package nl.kwartiermaker.mentoring;

/** Someone in the register as a form offers them: to pick as member, facilitator or supervisor. */
public record PersonChoice(long id, String name, boolean expert, boolean supervisor) {
}
