package nl.kwartiermaker.mentoring;

import java.util.List;
import nl.kwartiermaker.base.PortalI18nProvider;
import nl.kwartiermaker.base.SignedInUser;
import nl.kwartiermaker.traject.ChecklistLinks;
import org.springframework.stereotype.Component;

/**
 * Links the traject's fase 2 steps on mentor and buddy, intervision and supervision to Begeleiding, where they are
 * arranged, for the people who may open it; the traject feature does not know Begeleiding exists. Reads nothing:
 * the link is the same for every traject.
 */
@Component
class BegeleidingLinks implements ChecklistLinks {

    static final List<String> ITEMS = List.of("fase2.begeleiding.maatje-mentor", "fase2.begeleiding.intervisie",
            "fase2.begeleiding.supervisie");

    private final PortalI18nProvider i18n;
    private final SignedInUser signedInUser;

    BegeleidingLinks(PortalI18nProvider i18n, SignedInUser signedInUser) {
        this.i18n = i18n;
        this.signedInUser = signedInUser;
    }

    @Override
    public List<ItemLink> linksFor(long trajectId) {
        return MentoringAccess.participant(signedInUser)
                .map(me -> ITEMS.stream().map(item -> new ItemLink(item,
                        i18n.translate(me.locale(), "mentoring.register.traject.link"), "begeleiding")).toList())
                .orElse(List.of());
    }
}
