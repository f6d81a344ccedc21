package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.kwartiermaker.base.Role;

/**
 * The pool's own places, on top of each pool view: the menu has one item ("Regionale pool"), and this row leads to the
 * rest. A partner contact sees the places that show their own municipality's part; the current place is marked for
 * screen readers with aria-current. The list and its links are bare elements: the row is on every pool page and
 * nobody acts on it on the server, so it costs no components (the planning's memory goal, issue 15).
 */
class PoolNavigation extends Nav {

    /** Route and label key of each place; the last flag says whether a partner contact has it too. */
    private record Place(String route, String key, boolean forContacts) {
    }

    private static final Place[] PLACES = {
            new Place("pool", "pool.nav.planning", true),
            new Place("pool/verzoeken", "pool.nav.requests", true),
            new Place("pool/gemeenten", "pool.nav.partners", true),
            new Place("pool/deelopdrachten", "pool.nav.subassignments", true),
            new Place("pool/experts", "pool.nav.experts", false),
            new Place("pool/rapportages", "pool.nav.reports", true),
    };

    PoolNavigation(AuthenticationContext signedIn, String current) {
        boolean coordinator = signedIn.hasRole(Role.Names.POOL_COORDINATOR);
        Element places = new Element("ul");
        places.getClassList().add("story-places");
        for (Place place : PLACES) {
            if (coordinator || place.forContacts()) {
                Element link = new Element("a").setAttribute("href", place.route())
                        .setText(getTranslation(place.key()));
                if (place.route().equals(current)) {
                    link.setAttribute("aria-current", "page");
                }
                places.appendChild(new Element("li").appendChild(link));
            }
        }
        getElement().appendChild(places);
        setAriaLabel(getTranslation("pool.nav"));
    }
}
