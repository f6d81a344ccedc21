package nl.kwartiermaker.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.FoldingColumns;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.notification.OutboxEntry;
import nl.kwartiermaker.notification.OutboxService;
import nl.kwartiermaker.notification.OutboxState;

/**
 * The outbox for the Beheerder (decision 0018): mail waiting, being retried with the mail server's last answer, given
 * up, and recently sent, one state at a time in a lazily loaded grid. A given-up mail can be tried again; that is not
 * destructive, so it asks no confirmation, and it is audited. Recipient, subject, kind, state and times only: never a
 * mail's text or personal link.
 */
@Route("beheer/uitgaande-mail")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(order = 91.5, title = "outbox.menu", icon = "vaadin:envelopes-o")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(PortalTime.ZONE);

    private final transient OutboxService outbox;
    private final RadioButtonGroup<OutboxState> state = new RadioButtonGroup<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<OutboxEntry> grid = new Grid<>();
    private OutboxService.Overview overview;

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("page");
        setSizeFull();
        add(new ViewHeader(getTranslation("outbox.title"), getTranslation("outbox.purpose")));

        state.setLabel(getTranslation("outbox.filter"));
        state.setItems(OutboxState.values());
        state.setItemLabelGenerator(s -> getTranslation("outbox.state." + key(s), overview == null ? 0
                : overview.count(s)));
        state.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        summary.addClassName("outbox-summary");

        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.column.recipient")).setFlexGrow(2);
        Grid.Column<OutboxEntry> subject = grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("outbox.column.subject")).setFlexGrow(3);
        Grid.Column<OutboxEntry> kind = grid.addColumn(this::kind)
                .setHeader(getTranslation("outbox.column.kind")).setFlexGrow(1);
        Grid.Column<OutboxEntry> progress = grid.addColumn(this::progress)
                .setHeader(getTranslation("outbox.column.progress")).setFlexGrow(3);
        Grid.Column<OutboxEntry> created = grid.addColumn(e -> time(e.createdAt()))
                .setHeader(getTranslation("outbox.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<OutboxEntry>of("""
                        ${item.retryable ? html`<vaadin-button theme="tertiary small" aria-label="${item.label}" \
                        @click=${retry}>${item.text}</vaadin-button>` : ''}""")
                        .withProperty("retryable", OutboxEntry::retryable)
                        .withProperty("text", e -> e.retryable() ? getTranslation("outbox.retry") : "")
                        .withProperty("label", e -> e.retryable()
                                ? getTranslation("outbox.retry.aria", e.recipient(), e.subject()) : "")
                        .withFunction("retry", this::retry))
                .setHeader(getTranslation("outbox.column.action")).setAutoWidth(true).setFlexGrow(0);
        // on a phone the recipient and the action stay; the rest folds into the row's details
        FoldingColumns<OutboxEntry> folding = FoldingColumns.of(grid)
                .fold(subject, getTranslation("outbox.column.subject"), OutboxEntry::subject)
                .fold(kind, getTranslation("outbox.column.kind"), this::kind)
                .fold(progress, getTranslation("outbox.column.progress"), this::progress)
                .fold(created, getTranslation("outbox.column.created"), e -> time(e.createdAt()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("outbox.title"));
        grid.setSizeFull();
        add(summary, state, folding.hint(), grid);

        overview = outbox.overview();
        state.setValue(overview.count(OutboxState.FAILED) > 0 ? OutboxState.FAILED
                : overview.count(OutboxState.RETRYING) > 0 ? OutboxState.RETRYING : OutboxState.WAITING);
    }

    private void show(OutboxState chosen) {
        summary.setText(summaryText());
        grid.setEmptyStateText(getTranslation("outbox.empty." + key(chosen)));
        grid.setItems(query -> outbox.list(chosen, query.getOffset(), query.getLimit()).stream());
    }

    private void retry(OutboxEntry entry) {
        outbox.retry(entry.id(), entry.version());
        Notices.success(getTranslation("outbox.retried", entry.recipient()));
        refresh();
    }

    /** Counts and list anew, after a retry. */
    void refresh() {
        overview = outbox.overview();
        OutboxState chosen = state.getValue();
        // the choices' labels carry the counts; redrawing them drops the choice, which is then made again
        state.getListDataView().refreshAll();
        if (chosen == state.getValue()) {
            show(chosen);
        } else {
            state.setValue(chosen);
        }
    }

    private String summaryText() {
        long unsent = overview.count(OutboxState.WAITING) + overview.count(OutboxState.RETRYING);
        String text = unsent == 0 ? getTranslation("outbox.summary.none")
                : getTranslation("outbox.summary.waiting", unsent, time(overview.oldestUnsent()));
        long failed = overview.count(OutboxState.FAILED);
        return failed == 0 ? text : text + " " + getTranslation("outbox.summary.failed", failed);
    }

    private String kind(OutboxEntry entry) {
        return getTranslation("outbox.kind." + entry.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** What happened to the mail so far, in one sentence per state. */
    private String progress(OutboxEntry entry) {
        return switch (entry.state()) {
            case WAITING -> getTranslation("outbox.progress.waiting", time(entry.nextAttemptAt()));
            case RETRYING -> getTranslation("outbox.progress.retrying", entry.attempts(),
                    time(entry.nextAttemptAt()), error(entry));
            case FAILED -> getTranslation(entry.retryable() ? "outbox.progress.failed" : "outbox.progress.failed.link",
                    entry.attempts(), error(entry));
            case SENT -> getTranslation("outbox.progress.sent", time(entry.sentAt()));
        };
    }

    private String error(OutboxEntry entry) {
        return entry.lastError() == null ? getTranslation("outbox.error.none") : entry.lastError();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String key(OutboxState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "outbox.title");
    }
}
