package nl.kwartiermaker.base;

/**
 * Input a service refuses, with an i18n key (and parameters) so the UI can tell the person in their language what
 * to change. Nothing is saved when it is thrown.
 */
public class InvalidInput extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public InvalidInput(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    /** Refuses the input with this message unless the condition holds. */
    public static void require(boolean condition, String messageKey, Object... params) {
        if (!condition) {
            throw new InvalidInput(messageKey, params);
        }
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
