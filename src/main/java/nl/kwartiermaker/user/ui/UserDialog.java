package nl.kwartiermaker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.function.Supplier;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.user.PortalUser;
import nl.kwartiermaker.user.UserAccount;
import nl.kwartiermaker.user.UserService;

/**
 * Adds an account, or changes one: name and roles, a new password or a link to set one, deactivation. A new account
 * gets a link by default, so that no password passes through the Beheerder's hands. Refused input keeps what was typed;
 * a change made by someone else in the meantime is reported instead of overwritten.
 */
class UserDialog extends Dialog {

    private final transient UserService users;
    private final boolean passwords;
    private final UserAccount account;
    private final Runnable onChange;
    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    /** For a new account: a link so the person sets their own password (the default), or one typed here. */
    final RadioButtonGroup<FirstPassword> firstPassword = new RadioButtonGroup<>();
    final Button sendLink = new Button();
    final Button save = new Button();

    enum FirstPassword { LINK, TYPED }

    /** {@code passwords}: password sign-in is on; when off, no password field or link is offered anywhere. */
    UserDialog(UserService users, boolean passwords, UserAccount account, Runnable onChange) {
        this.users = users;
        this.passwords = passwords;
        this.account = account;
        this.onChange = onChange;
        setHeaderTitle(account == null ? getTranslation("users.new")
                : getTranslation("users.edit", account.displayName()));
        setWidth("min(40rem, 100vw)");

        email.setLabel(getTranslation("users.field.email"));
        email.setMaxLength(PortalUser.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("user.error.email"));
        name.setLabel(getTranslation("users.field.name"));
        name.setMaxLength(PortalUser.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        roles.setLabel(getTranslation("users.field.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation(account == null ? "users.field.password" : "users.field.newpassword"));
        password.setHelperText(getTranslation("users.field.password.help", UserService.PASSWORD_MIN,
                UserService.PASSWORD_MAX_BYTES));
        // the browser counts characters; the service also counts bytes, which is what bcrypt limits
        password.setMaxLength(UserService.PASSWORD_MAX_BYTES);
        password.setI18n(new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(
                getTranslation("user.error.password.long", UserService.PASSWORD_MAX_BYTES)));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (account == null && !passwords) {
            form.add(email, name, roles, new Paragraph(getTranslation("users.provider.text")));
        } else if (account == null) {
            password.setRequiredIndicatorVisible(true);
            firstPassword.setLabel(getTranslation("users.field.firstpassword"));
            firstPassword.setItems(FirstPassword.values());
            firstPassword.setItemLabelGenerator(choice -> choice == FirstPassword.LINK
                    ? getTranslation("users.firstpassword.link") : getTranslation("users.firstpassword.typed"));
            firstPassword.setValue(FirstPassword.LINK);
            password.setVisible(false);
            firstPassword.addValueChangeListener(e -> password.setVisible(e.getValue() == FirstPassword.TYPED));
            form.add(email, name, roles, firstPassword, password);
        } else {
            email.setValue(account.email());
            email.setReadOnly(true);
            name.setValue(account.displayName());
            roles.setValue(account.roles());
            form.add(email, name, roles);
        }
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        if (account != null) {
            if (passwords) {
                add(passwordSection());
            }
            Button activation = account.active()
                    ? new Button(getTranslation("users.deactivate"), e -> Confirmation.ask(
                            getTranslation("users.deactivate"),
                            getTranslation("users.deactivate.confirm", account.displayName()),
                            getTranslation("users.deactivate"),
                            () -> apply(() -> users.deactivate(account.id(), account.version()), "users.deactivated")))
                    : new Button(getTranslation("users.reactivate"),
                            e -> apply(() -> users.reactivate(account.id(), account.version()), "users.reactivated"));
            activation.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            getFooter().add(activation);
        }
        getFooter().add(cancel, save);
    }

    private FormLayout passwordSection() {
        Button reset = new Button(getTranslation("users.password.reset"), e -> {
            if (password.isEmpty()) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation("user.error.password", UserService.PASSWORD_MIN));
                return;
            }
            apply(() -> users.resetPassword(account.id(), account.version(), password.getValue()),
                    "users.password.done");
        });
        FormLayout section = new FormLayout(new Paragraph(getTranslation("users.password.text")), password, reset);
        if (account.active()) {
            sendLink.setText(getTranslation("users.password.link"));
            sendLink.addClickListener(e -> apply(() -> users.sendSetPasswordLink(account.id()),
                    "users.password.link.done"));
            section.add(new Paragraph(getTranslation("users.password.link.text")), sendLink);
        }
        section.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        section.addClassName("dialog-section");
        return section;
    }

    void save() {
        if (account == null && !passwords) {
            apply(() -> users.createWithoutPassword(email.getValue(), name.getValue(), roles.getValue()),
                    "users.created");
        } else if (account == null && firstPassword.getValue() != FirstPassword.TYPED) {
            apply(() -> users.createWithPasswordLink(email.getValue(), name.getValue(), roles.getValue()),
                    "users.created.link");
        } else if (account == null) {
            apply(() -> users.create(new UserService.NewUser(email.getValue(), name.getValue(), roles.getValue(),
                    password.getValue())), "users.created");
        } else {
            apply(() -> users.update(account.id(), account.version(), name.getValue(), roles.getValue()),
                    "users.saved");
        }
    }

    private void apply(Supplier<UserAccount> change, String successKey) {
        try {
            UserAccount result = change.get();
            Notices.success(getTranslation(successKey, result.displayName()));
            close();
            onChange.run();
        } catch (InvalidInput e) {
            // the dialog stays open; a refused password is marked at its field, the one error handler says why
            if (e.messageKey().startsWith("user.error.password")) {
                password.setErrorMessage(getTranslation(e.messageKey(), e.params()));
                password.setInvalid(true);
            }
            throw e;
        }
    }
}
