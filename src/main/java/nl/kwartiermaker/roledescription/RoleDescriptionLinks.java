package nl.kwartiermaker.roledescription;

import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.traject.ChecklistLinks;
import org.springframework.stereotype.Component;

/** Shows a traject's role descriptions at its fase 2 step "stel een functieomschrijving op". */
@Component
class RoleDescriptionLinks implements ChecklistLinks {

    static final String ITEM = "fase2.functieomschrijving.opstellen";

    private final RoleDescriptionService descriptions;
    private final PortalI18nProvider i18n;
    private final SignedInUser signedInUser;

    RoleDescriptionLinks(RoleDescriptionService descriptions, PortalI18nProvider i18n, SignedInUser signedInUser) {
        this.descriptions = descriptions;
        this.i18n = i18n;
        this.signedInUser = signedInUser;
    }

    @Override
    public List<ItemLink> linksFor(long trajectId) {
        Locale locale = signedInUser.current().map(SignedInUser.Account::locale).orElse(Locale.of("nl"));
        return descriptions.linkedTo(trajectId).stream()
                .map(d -> new ItemLink(ITEM, i18n.translate(locale, "roledesc.traject.link", d.fullTitle(),
                        i18n.translate(locale, d.getStatus().labelKey())), "functieprofielen/" + d.getId()))
                .toList();
    }
}
