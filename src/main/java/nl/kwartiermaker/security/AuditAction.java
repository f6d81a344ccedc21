package nl.kwartiermaker.security;

/** What the audit log records. The names are stored, so never rename one; add new ones instead. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_DENIED,
    USER_CREATED,
    USER_RENAMED,
    USER_ROLES_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    USER_PASSWORD_RESET,
    /**
     * Someone read an expert's sensitive notes in Begeleiding. Written until issue 17; such readings are now
     * {@link #SENSITIVE_DATA_READ} lines, and filtering on that action finds these older lines too.
     */
    MENTORING_NOTES_READ,
    /** Someone changed their own password while signed in. */
    USER_PASSWORD_CHANGED,
    /** A link to set a password was mailed: by a Beheerder, or asked for through "wachtwoord vergeten". */
    PASSWORD_LINK_SENT,
    /** Someone set their password through such a link. */
    USER_PASSWORD_SET_BY_LINK,
    /** Someone opened personal data kept closed until asked for; the line names whose and which, never the content. */
    SENSITIVE_DATA_READ,
    /** Someone downloaded an export that holds personal data; the line names which document, never its content. */
    EXPORT_DOWNLOADED,
    /** The nightly retention run removed or blanked old data; the line holds the counts per kind of data. */
    RETENTION_APPLIED,
    /** An existing account was linked to the person's identity at the identity provider (OpenID Connect). */
    USER_PROVIDER_LINKED,
    /** A Beheerder exported everything the portal holds about a person (a data-subject request). */
    PERSONAL_DATA_EXPORTED,
    /** A Beheerder erased a person; the line names only the pseudonym that replaced them. */
    PERSONAL_DATA_ERASED,
    /** A Beheerder put a mail that was given up back in the outbox; the line names the recipient and the mail's id. */
    MAIL_RETRIED;

    /** Actions no longer written; their lines are found through the action that replaced them. */
    public boolean isRetired() {
        return this == MENTORING_NOTES_READ;
    }
}
