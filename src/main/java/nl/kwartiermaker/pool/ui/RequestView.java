package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.pool.DeploymentRequest;
import nl.kwartiermaker.pool.DeploymentRequestService;
import nl.kwartiermaker.pool.DeploymentRequestService.RequestPage;
import nl.kwartiermaker.pool.PoolAssignmentService;
import nl.kwartiermaker.pool.PoolSuggestion;
import nl.kwartiermaker.pool.RealisedHoursService;
import nl.kwartiermaker.pool.RequestStatus;

/**
 * One deployment request: what the municipality asks, who is deployed on it and the hours and residents each
 * deployment realised week by week. Its municipality's contact reads it and withdraws it while it is open; the pool
 * coordinator also gets the ranked suggestions to deploy an expert, records the weeks' hours and ends a deployment.
 * A request of another municipality, or one that does not exist, reads as not found on this page.
 */
@Route("pool/verzoeken/:id")
@RolesAllowed({Role.Names.POOL_COORDINATOR, Role.Names.PARTNER_CONTACT})
class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many suggestions are shown as cards; the rest are in "someone else". */
    static final int SHOWN_SUGGESTIONS = 3;

    private final transient DeploymentRequestService requests;
    private final transient PoolAssignmentService assignments;
    private final transient RealisedHoursService hours;
    private final transient PortalTime time;
    private final AuthenticationContext signedIn;
    private transient RequestPage shown;
    private String title = "";
    Button withdraw;
    Section suggestions;

    RequestView(DeploymentRequestService requests, PoolAssignmentService assignments, RealisedHoursService hours,
                PortalTime time, AuthenticationContext signedIn) {
        this.requests = requests;
        this.assignments = assignments;
        this.hours = hours;
        this.time = time;
        this.signedIn = signedIn;
        addClassNames("page", "pool-request-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(requests.page(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInput notFound) {
            // not there, or another municipality's: the same answer, so that ids tell a contact nothing
            shown = null;
            removeAll();
            title = getTranslation("pool.requests.notfound.title");
            add(new ViewHeader(title, getTranslation("pool.error.notfound")),
                    new Anchor("pool/verzoeken", getTranslation("pool.requests.back")));
        }
    }

    /** Builds the page again from the service's one read, after anything changed on it. */
    void reload() {
        show(requests.page(shown.request().getId()));
    }

    private void show(RequestPage page) {
        shown = page;
        removeAll();
        withdraw = null;
        suggestions = null;
        DeploymentRequest request = page.request();
        title = getTranslation("pool.requests.page.title", getTranslation(request.getRole().labelKey()),
                request.getPlace());
        Anchor back = new Anchor("pool/verzoeken", getTranslation("pool.requests.back"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation(page.coordinator()
                ? "pool.requests.page.purpose.coordinator" : "pool.requests.page.purpose.contact",
                page.partnerName()));
        if (page.mayWithdraw()) {
            withdraw = new Button(getTranslation("pool.requests.withdraw"), e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            header.withActions(withdraw);
        }
        add(back, header, new PoolNavigation(signedIn, "pool/verzoeken"), facts(page));
        add(new DeploymentsSection(page, assignments, hours, time, this::reload));
        if (page.coordinator() && request.getStatus() == RequestStatus.OPEN) {
            suggestions = suggestions(request);
            add(suggestions);
        } else if (page.coordinator() && request.getStatus() == RequestStatus.ASSIGNED) {
            // someone is deployed already: another expert is the exception, so the suggestions wait until asked for
            Details more = new Details(getTranslation("pool.deploy.suggestions.more"));
            more.addClassName("pool-more");
            add(LazyDetails.buildWhenOpened(more, () -> {
                suggestions = suggestions(request);
                more.add(suggestions);
            }));
        }
    }

    private UnorderedList facts(RequestPage page) {
        DeploymentRequest request = page.request();
        UnorderedList facts = new UnorderedList();
        facts.addClassName("facts");
        Element status = new Element("li").appendChild(Marks.text(getTranslation("pool.requests.field.status") + ": ",
                "fact-label"), Marks.text(getTranslation(request.getStatus().labelKey()), "badge",
                "pool-status-" + request.getStatus().name().toLowerCase(Locale.ROOT)));
        facts.getElement().appendChild(status);
        fact(facts, "pool.requests.field.partner", page.partnerName());
        fact(facts, "pool.requests.field.theme", getTranslation(request.getTheme().labelKey()));
        fact(facts, "pool.requests.field.role", getTranslation(request.getRole().labelKey()));
        fact(facts, "pool.requests.field.place", request.getPlace());
        fact(facts, "pool.requests.field.period", PoolDates.period(this, request.getStartsOn(),
                request.getEndsOn()));
        fact(facts, "pool.requests.field.hours", getTranslation("pool.requests.hours.value",
                request.getExpectedHours()));
        Element description = Marks.text(request.getDescription().isBlank() ? "–" : request.getDescription(),
                "preserve-lines");
        facts.getElement().appendChild(new Element("li").appendChild(Marks.text(
                getTranslation("pool.requests.fact.description") + ": ", "fact-label"), description));
        return facts;
    }

    private void fact(UnorderedList facts, String labelKey, String value) {
        facts.getElement().appendChild(new Element("li").appendChild(
                Marks.text(getTranslation(labelKey) + ": ", "fact-label"),
                Element.createText(value == null || value.isBlank() ? "–" : value)));
    }

    private void confirmWithdraw() {
        DeploymentRequest request = shown.request();
        Confirmation.ask(getTranslation("pool.requests.withdraw.title"), getTranslation("pool.requests.withdraw.text"),
                getTranslation("pool.requests.withdraw"), () -> {
                    requests.withdraw(request.getId(), request.getVersion());
                    Notices.success(getTranslation("pool.requests.withdrawn"));
                    reload();
                });
    }

    /** The coordinator's choice of expert: the best suggestions as cards with their reasons, the rest on request. */
    private Section suggestions(DeploymentRequest request) {
        Section section = new Section(new H2(getTranslation("pool.deploy.suggestions.title")));
        section.setId("suggesties");
        section.addClassName("pool-suggestions-section");
        List<PoolSuggestion> ranked = assignments.suggestions(request.getId());
        if (request.getEndsOn().isBefore(time.today())) {
            section.add(new Paragraph(getTranslation("pool.deploy.suggestions.over")));
            return section;
        }
        if (ranked.isEmpty()) {
            section.add(new Paragraph(getTranslation("pool.deploy.suggestions.none")),
                    new Anchor("pool/experts", getTranslation("pool.deploy.suggestions.experts")));
            return section;
        }
        section.add(new Paragraph(getTranslation("pool.deploy.suggestions.help")));
        Div cards = new Div();
        cards.addClassName("pool-suggestions");
        for (int i = 0; i < Math.min(SHOWN_SUGGESTIONS, ranked.size()); i++) {
            PoolSuggestion suggestion = ranked.get(i);
            Div card = new Div(new H3(suggestion.name()), reasons(suggestion));
            card.addClassName("pool-suggestion");
            if (i == 0) {
                card.addComponentAsFirst(Marks.badge(getTranslation("pool.deploy.suggestions.best"), "success"));
            }
            // a short label keeps the card within 320 px; the spoken label names the person
            Button assign = new Button(getTranslation("pool.deploy.assign"),
                    e -> new AssignDialog(assignments, request, ranked, suggestion, time.today(), this::reload)
                            .open());
            assign.setAriaLabel(getTranslation("pool.deploy.assign.aria", suggestion.name()));
            if (i == 0) {
                assign.addThemeVariants(ButtonVariant.PRIMARY);
            }
            card.add(assign);
            cards.add(card);
        }
        section.add(cards);
        if (ranked.size() > 1) {
            Button other = new Button(getTranslation("pool.deploy.other"),
                    e -> new AssignDialog(assignments, request, ranked, null, time.today(), this::reload).open());
            other.addThemeVariants(ButtonVariant.TERTIARY);
            section.add(other);
        }
        return section;
    }

    private UnorderedList reasons(PoolSuggestion suggestion) {
        UnorderedList list = new UnorderedList();
        list.addClassName("reasons");
        suggestion.reasons().forEach(r -> list.add(new ListItem(getTranslation(r.key(), r.params().toArray()))));
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
