package nl.kwartiermaker.user.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.user.UserService;

/**
 * The "new password" and "repeat it" fields of the two pages where people set their own password, with the same
 * rules and messages: a refused password is marked at the field it is about.
 */
final class NewPasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();

    NewPasswordFields(Component owner) {
        password.setLabel(owner.getTranslation("password.field.new"));
        password.setHelperText(owner.getTranslation("password.field.new.help", UserService.PASSWORD_MIN,
                UserService.PASSWORD_MAX_BYTES));
        password.setRequiredIndicatorVisible(true);
        // the browser counts characters; the service also counts bytes, which is what bcrypt limits
        password.setMaxLength(UserService.PASSWORD_MAX_BYTES);
        password.setI18n(new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(
                owner.getTranslation("user.error.password.long", UserService.PASSWORD_MAX_BYTES)));
        // password managers offer to generate and save a password here, and do not fill in the old one
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setLabel(owner.getTranslation("password.field.repeat"));
        repeated.setRequiredIndicatorVisible(true);
        repeated.setMaxLength(UserService.PASSWORD_MAX_BYTES);
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.addValueChangeListener(e -> password.setInvalid(false));
        repeated.addValueChangeListener(e -> repeated.setInvalid(false));
    }

    /** Marks the field a refusal is about; false when it is about neither. */
    boolean show(InvalidInput refused, Component owner) {
        String key = refused.messageKey();
        PasswordField field;
        if (key.equals("password.error.repeat")) {
            field = repeated;
        } else if (key.startsWith("user.error.password") || key.equals("password.error.same")) {
            field = password;
        } else {
            return false;
        }
        field.setErrorMessage(owner.getTranslation(key, refused.params()));
        field.setInvalid(true);
        field.focus();
        return true;
    }

    void clear() {
        password.clear();
        repeated.clear();
        password.setInvalid(false);
        repeated.setInvalid(false);
    }
}
