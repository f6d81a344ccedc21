package nl.kwartiermaker.roledescription;

/** A question for a job interview, with the seed it comes from and why it was chosen (general, a role, a competence). */
public record InterviewQuestion(String text, String source, Reason reason, String reasonKey) {

    public enum Reason { GENERAL, ROLE, COMPETENCE }
}
