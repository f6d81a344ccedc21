package nl.kwartiermaker.roledescription;

import java.util.Locale;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * A version's vacancy text and "Solliciteren" section in a language, shared by the page of a version and its
 * documents.
 */
@Component
class VacancyTexts {

    private final OrganisationService organisation;
    private final PortalI18nProvider i18n;

    VacancyTexts(OrganisationService organisation, PortalI18nProvider i18n) {
        this.organisation = organisation;
        this.i18n = i18n;
    }

    String vacancyOf(RoleDescription description, RoleDescriptionContent content, Locale locale) {
        return description.getVacancyText().isEmpty()
                ? VacancyText.generate(content, organisation.settings().name(), labels(locale))
                : description.getVacancyText();
    }

    String applicationOf(RoleDescription description, RoleDescriptionContent content, Locale locale) {
        return VacancyText.application(description.getVacancyContact(), description.getVacancyClosesOn(),
                content.placement().lineManager(), labels(locale), locale);
    }

    Labels labels(Locale locale) {
        return (key, params) -> i18n.translate(locale, key, params);
    }
}
