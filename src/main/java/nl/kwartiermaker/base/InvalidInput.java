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

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
