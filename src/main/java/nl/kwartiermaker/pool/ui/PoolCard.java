package nl.kwartiermaker.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.DashboardCard;
import nl.kwartiermaker.pool.FairShareService.PartnerShare;
import nl.kwartiermaker.pool.PoolSummaryService;
import nl.kwartiermaker.pool.PoolSummaryService.Summary;

/**
 * The regional pool on the Overzicht of its two roles, this half-year: the coordinator reads how many municipalities
 * stray from the key without an agreement and how many requests wait, with the way to each; a partner contact reads
 * their municipality's share against its key, with the way to ask for an expert. Others get no card and cost no query.
 */
@SpringComponent
@UIScope
class PoolCard implements DashboardCard {

    /** The pool's people include partner contacts, who are not staff (decision 0011). */
    @Override
    public boolean staffOnly() {
        return false;
    }

    private final PoolSummaryService summaries;
    private final PortalTime time;

    PoolCard(PoolSummaryService summaries, PortalTime time) {
        this.summaries = summaries;
        this.time = time;
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public Optional<Component> render() {
        return summaries.mine().map(this::card);
    }

    private Component card(Summary summary) {
        Div card = new Div();
        card.addClassNames("card", "pool-card");
        String period = PoolTexts.periodIn(card, summary.period(), time.today());
        card.add(new H2(card.getTranslation("pool.card.title")));
        if (summary.coordinator()) {
            card.add(new Paragraph(summary.needAttention() == 0
                            ? card.getTranslation("pool.card.within", period)
                            : card.getTranslation("pool.card.attention", summary.needAttention(), period)),
                    new Paragraph(card.getTranslation("pool.card.requests", summary.openRequests())),
                    links(new Anchor("pool", card.getTranslation("pool.card.planning")),
                            new Anchor("pool/verzoeken", card.getTranslation("pool.card.requests.link"))));
            return card;
        }
        Optional<PartnerShare> own = summary.own();
        if (own.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("pool.planning.contact.unlinked")));
            return card;
        }
        PartnerShare line = own.get();
        card.add(new Paragraph(card.getTranslation("pool.card.share", line.partnerName(), period,
                        PoolTexts.percent(line.realisedPercentage()),
                        PoolTexts.percent(line.keyPercentage()), PoolTexts.hours(line.hours()))));
        if (line.needsAttention()) {
            card.add(new Paragraph(card.getTranslation("pool.card.share.flagged")));
        } else if (line.agreed()) {
            card.add(new Paragraph(card.getTranslation("pool.card.share.agreed", line.agreedReason())));
        }
        card.add(links(new Anchor("pool/verzoeken", card.getTranslation("pool.card.request")),
                        new Anchor("pool", card.getTranslation("pool.card.planning"))));
        return card;
    }

    private static Div links(Anchor... anchors) {
        Div links = new Div(anchors);
        links.addClassName("pool-card-links");
        return links;
    }
}
