package nl.kwartiermaker.roledescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.traject.ChecklistLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a traject's role descriptions at its fase 2 step "stel een functieomschrijving op": per description the newest
 * version the signed-in person may open. It reads the repository, not the service, because the service itself needs
 * the traject service that calls this.
 */
@Component
class RoleDescriptionLinks implements ChecklistLinks {

    static final String ITEM = "fase2.functieomschrijving.opstellen";

    private final RoleDescriptionRepository descriptions;
    private final PortalI18nProvider i18n;
    private final SignedInUser signedInUser;

    RoleDescriptionLinks(RoleDescriptionRepository descriptions, PortalI18nProvider i18n, SignedInUser signedInUser) {
        this.descriptions = descriptions;
        this.i18n = i18n;
        this.signedInUser = signedInUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemLink> linksFor(long trajectId) {
        SignedInUser.Account me = signedInUser.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        Locale locale = me.locale();
        Map<Long, RoleDescriptionRepository.LinkRow> newest = new LinkedHashMap<>();
        // ordered by version number, so a later row of the same description replaces an earlier one
        descriptions.findLinksTo(List.of(trajectId)).stream()
                .filter(d -> RoleDescriptionAccess.mayView(d.getStatus(), d.getReviewerId(), me))
                .forEach(d -> newest.put(d.getLineageId() == null ? d.getId() : d.getLineageId(), d));
        return newest.values().stream()
                .map(d -> new ItemLink(ITEM, i18n.translate(locale, "roledesc.traject.link",
                        RoleDescriptionContent.fullTitle(d.getTitle(), d.getTheme()),
                        i18n.translate(locale, d.getStatus().labelKey())), "functieprofielen/" + d.getId()))
                .toList();
    }
}
