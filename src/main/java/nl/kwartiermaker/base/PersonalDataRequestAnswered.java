package nl.kwartiermaker.base;

/**
 * A Beheerder answered a data-subject request; the audit log records it. {@code object} names whose data: for an
 * export the person, for an erasure only the pseudonym, so the line itself no longer identifies them.
 */
public record PersonalDataRequestAnswered(Kind kind, String object, String detail) {

    public enum Kind { EXPORTED, ERASED }
}
