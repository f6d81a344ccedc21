package nl.kwartiermaker.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations_*.properties}. Unlike Vaadin's default provider it has a fixed
 * order, so a browser in any other language gets Dutch, and a missing key shows as {@code !key} and is logged.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalI18nProvider.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return PortalLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale supported = PortalLocales.supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, supported);
            return "!" + key;
        }
    }

    /** Translates outside a UI, e.g. for mails and for services that report errors. */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }
}
