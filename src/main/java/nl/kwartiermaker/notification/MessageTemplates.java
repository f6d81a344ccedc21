package nl.kwartiermaker.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.base.PortalLocales;
import org.springframework.stereotype.Component;

/**
 * Mail and in-app texts per language, from {@code mail/templates_*.properties}. Each template has a subject, a body
 * and an in-app title and message; {0} is always the recipient's name and the last parameter the portal address.
 */
@Component
class MessageTemplates {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    record Rendered(String subject, String body, String title, String message) {
    }

    private final String baseUrl;

    MessageTemplates(PortalAddress address) {
        this.baseUrl = address.forMail("");
    }

    Rendered render(String template, Locale locale, Object... params) {
        Locale supported = PortalLocales.supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle("mail.templates", supported, NO_FALLBACK);
        Object[] all = new Object[params.length + 1];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = baseUrl;
        String body = format(bundle, template + ".body", supported, all) + "\n\n-- \n"
                + format(bundle, "footer", supported, baseUrl);
        return new Rendered(format(bundle, template + ".subject", supported, all), body,
                format(bundle, template + ".title", supported, all), format(bundle, template + ".message", supported, all));
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... params) {
        return new MessageFormat(bundle.getString(key), locale).format(params);
    }
}
