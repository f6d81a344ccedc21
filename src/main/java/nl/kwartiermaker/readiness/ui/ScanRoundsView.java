package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.kwartiermaker.base.DateWindow;
import nl.kwartiermaker.base.PortalAddress;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.readiness.QuestionnaireLibraryService;
import nl.kwartiermaker.readiness.RespondentGroup;
import nl.kwartiermaker.readiness.RoundForm;
import nl.kwartiermaker.readiness.RoundOverview;
import nl.kwartiermaker.readiness.RoundState;
import nl.kwartiermaker.readiness.ScanQuestion;
import nl.kwartiermaker.readiness.ScanRound;
import nl.kwartiermaker.readiness.ScanRoundService;
import nl.kwartiermaker.traject.TrajectParticipants;

/**
 * The readiness scan rounds of a traject. The project lead starts a round, adapts its questions before anyone
 * answers, invites people per group by e-mail or makes an anonymous link per group, sends reminders and closes the
 * round. Members of the traject see the closed rounds and open their results here.
 */
@Route("trajecten/:id/scans")
@RolesAllowed(Role.Names.STAFF)
class ScanRoundsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ScanRoundService scans;
    private final transient QuestionnaireLibraryService library;
    private final transient PortalTime time;
    private final transient PortalAddress address;
    final Button newRound = new Button();
    private long trajectId;
    private boolean manager;
    private String title = "";
    private List<RoundOverview> rounds = List.of();
    private DateWindow dates;

    ScanRoundsView(ScanRoundService scans, QuestionnaireLibraryService library, PortalTime time,
                   PortalAddress address) {
        this.scans = scans;
        this.library = library;
        this.time = time;
        this.address = address;
        addClassNames("page", "scan-rounds-page");
        // once: show() runs again after every change, and a listener added there would open one dialog per run
        newRound.addClickListener(e -> openNewRound(rounds));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            trajectId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<ScanRoundService.TrajectRounds> traject = scans.roundsPage(trajectId);
        if (traject.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(traject.get());
    }

    void reload() {
        scans.roundsPage(trajectId).ifPresent(this::show);
    }

    private void show(ScanRoundService.TrajectRounds page) {
        TrajectParticipants traject = page.traject();
        dates = traject.dates();
        removeAll();
        manager = traject.mayManage();
        title = getTranslation("scan.rounds.title", traject.name());
        Anchor back = new Anchor("trajecten/" + trajectId, traject.name());
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation(manager ? "scan.rounds.purpose"
                : "scan.rounds.purpose.reader"));
        rounds = page.rounds();
        if (manager) {
            newRound.setText(getTranslation("scan.round.new"));
            newRound.setIcon(VaadinIcon.PLUS.create());
            newRound.addThemeVariants(ButtonVariant.PRIMARY);
            Anchor library = new Anchor("scans/vragenlijsten", getTranslation("scan.templates.link"));
            library.addClassName("button-link");
            header.withActions(library, newRound);
        }
        add(back, header);
        if (rounds.isEmpty()) {
            String key = manager ? "scan.rounds.empty" : page.mayReadResults() ? "scan.rounds.empty.reader"
                    : "scan.error.results.members";
            Paragraph empty = new Paragraph(getTranslation(key));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        rounds.forEach(r -> add(card(r)));
    }

    private Section card(RoundOverview round) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Section card = new Section(new H2(round.name()));
        card.addClassNames("card", "scan-round");
        Span state = Marks.badge(getTranslation(round.state().labelKey()),
                "state-" + round.state().name().toLowerCase(java.util.Locale.ROOT));
        card.add(new Paragraph(state, new Span(" " + getTranslation("scan.round.period",
                dates.format(round.opensOn()), dates.format(round.closesOn())))));
        List<List<Object>> rows = new ArrayList<>();
        for (RespondentGroup group : round.groups()) {
            rows.add(List.of(getTranslation(group.labelKey()), String.valueOf(round.invited().getOrDefault(group, 0L)),
                    String.valueOf(round.answered().getOrDefault(group, 0L)),
                    String.valueOf(round.groupLinks().getOrDefault(group, 0L)),
                    String.valueOf(round.responses().getOrDefault(group, 0L))));
        }
        String caption = getTranslation("scan.round.caption", round.name());
        card.add(ResultMarkup.scrollable(ResultMarkup.table(caption, "", List.of(getTranslation("scan.col.group"),
                getTranslation("scan.col.invited"), getTranslation("scan.col.answered"),
                getTranslation("scan.col.links"), getTranslation("scan.col.responses")), rows), caption));

        Div actions = new Div();
        actions.addClassName("scan-round-actions");
        Anchor results = new Anchor("scans/" + round.id() + "/resultaten", getTranslation("scan.round.results"));
        results.addClassName("button-link");
        actions.add(results);
        if (manager && round.state() != RoundState.CLOSED) {
            actions.add(new Button(getTranslation("scan.round.invite"), e -> openInvite(round)),
                    new Button(getTranslation("scan.round.link"), e -> openGroupLink(round)));
            if (round.state() == RoundState.OPEN && round.notAnswered() > 0) {
                actions.add(new Button(getTranslation("scan.round.remind"), e -> Confirmation.ask(
                        getTranslation("scan.round.remind"), getTranslation("scan.round.remind.confirm",
                                round.notAnswered()), getTranslation("scan.round.remind"), () -> remind(round))));
            }
            if (round.questionsEditable()) {
                actions.add(new Button(getTranslation("scan.round.questions"), e -> openQuestions(round)));
            }
            Button close = new Button(getTranslation("scan.round.close"), e -> Confirmation.ask(
                    getTranslation("scan.round.close"), getTranslation("scan.round.close.confirm", round.name()),
                    getTranslation("scan.round.close"), () -> close(round)));
            close.addThemeVariants(ButtonVariant.ERROR);
            actions.add(close);
        }
        card.add(actions);
        return card;
    }

    void openNewRound(List<RoundOverview> earlier) {
        Dialog dialog = new Dialog(getTranslation("scan.round.new"));
        TextField name = new TextField(getTranslation("scan.field.name"));
        name.setMaxLength(ScanRound.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        LocalDate today = time.today();
        DatePicker opens = new DatePicker(getTranslation("scan.field.opens"), today);
        DatePicker closes = new DatePicker(getTranslation("scan.field.closes"), today.plusWeeks(3));
        String outside = getTranslation("scan.error.dates.window", dates.firstYear(), dates.lastYear());
        for (DatePicker picker : List.of(opens, closes)) {
            picker.setMin(dates.earliest());
            picker.setMax(dates.latest());
            picker.setI18n(ComponentTexts.datePicker(this).setMinErrorMessage(outside).setMaxErrorMessage(outside));
        }
        CheckboxGroup<RespondentGroup> groups = new CheckboxGroup<>(getTranslation("scan.field.groups"));
        groups.setItems(RespondentGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        groups.setValue(EnumSet.of(RespondentGroup.MEDEWERKERS, RespondentGroup.MANAGEMENT,
                RespondentGroup.DIRECTIE_BESTUUR));
        Select<QuestionnaireChoice> basedOn = new Select<>();
        basedOn.setLabel(getTranslation("scan.field.basedon"));
        basedOn.setHelperText(getTranslation("scan.field.basedon.help"));
        List<QuestionnaireChoice> choices = new ArrayList<>();
        QuestionnaireChoice shipped = new QuestionnaireChoice(getTranslation("scan.field.basedon.template"), null,
                null);
        choices.add(shipped);
        library.templatesToChoose().forEach(t -> choices.add(new QuestionnaireChoice(
                getTranslation("scan.field.basedon.own", t.name(), t.revision()), t.id(), null)));
        earlier.forEach(r -> choices.add(new QuestionnaireChoice(getTranslation("scan.field.basedon.round",
                r.name()), null, r.id())));
        basedOn.setItems(choices);
        basedOn.setItemLabelGenerator(QuestionnaireChoice::label);
        basedOn.setValue(shipped);
        basedOn.setWidthFull();
        Div fields = new Div(name, opens, closes, groups, basedOn);
        fields.addClassName("form-column");
        dialog.add(fields);
        Button save = new Button(getTranslation("scan.round.create"), e -> {
            ScanRound round = scans.createRound(trajectId, new RoundForm(name.getValue(), opens.getValue(),
                    closes.getValue(), groups.getValue(), basedOn.getValue() == null ? null
                    : basedOn.getValue().roundId(), basedOn.getValue() == null ? null
                    : basedOn.getValue().templateId()));
            Notices.success(getTranslation("scan.round.created", round.getName()));
            dialog.close();
            reload();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void openInvite(RoundOverview round) {
        Dialog dialog = new Dialog(getTranslation("scan.round.invite"));
        Select<RespondentGroup> group = groupSelect(round);
        TextArea addresses = new TextArea(getTranslation("scan.field.addresses"));
        addresses.setHelperText(getTranslation("scan.field.addresses.help"));
        addresses.setWidthFull();
        addresses.setMinHeight("8em");
        Div fields = new Div(group, addresses);
        fields.addClassName("form-column");
        dialog.add(new Paragraph(getTranslation("scan.invite.explain")), fields);
        Button send = new Button(getTranslation("scan.invite.send"), e -> {
            ScanRoundService.InviteResult result = scans.invite(round.id(), group.getValue(), addresses.getValue());
            Notices.success(getTranslation("scan.invite.sent", result.invited(), result.alreadyInvited()));
            dialog.close();
            reload();
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    /**
     * The round's group links: a new one, shown at once with a copy button and a QR code, and the ones made earlier,
     * which the project lead can show and share again (their tokens are derived, not stored; decision 0005).
     */
    void openGroupLink(RoundOverview round) {
        Dialog dialog = new Dialog(getTranslation("scan.round.link"));
        dialog.setWidth("min(100%, 40rem)");
        Select<RespondentGroup> group = groupSelect(round);
        Div made = new Div();
        Div earlier = new Div();
        Button make = new Button(getTranslation("scan.link.make"));
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(e -> {
            String path = scans.createGroupLink(round.id(), group.getValue());
            made.removeAll();
            made.add(sharing(getTranslation("scan.link.field"), address.forPage(path), group.getValue()));
            made.getChildren().filter(TextField.class::isInstance).findFirst()
                    .ifPresent(field -> ((TextField) field).focus());
            Notices.success(getTranslation("scan.link.made"));
            showEarlierLinks(earlier, round);
        });
        Div fields = new Div(group);
        fields.addClassName("form-column");
        dialog.add(new Paragraph(getTranslation("scan.link.explain")), fields, made, earlier);
        showEarlierLinks(earlier, round);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> {
            dialog.close();
            reload();
        }), make);
        dialog.open();
    }

    private void showEarlierLinks(Div earlier, RoundOverview round) {
        earlier.removeAll();
        List<ScanRoundService.GroupLink> links = scans.groupLinks(round.id());
        if (links.isEmpty()) {
            return;
        }
        earlier.add(new H3(getTranslation("scan.link.earlier", links.size())));
        int number = 0;
        for (ScanRoundService.GroupLink link : links) {
            number++;
            String name = getTranslation("scan.link.earlier.field", getTranslation(link.group().labelKey()), number);
            if (link.canBeShown()) {
                Details details = new Details(name, sharing(getTranslation("scan.link.field.named", name),
                        address.forPage(link.path()), link.group()));
                details.addClassName("group-link");
                earlier.add(details);
            } else {
                earlier.add(new Paragraph(getTranslation("scan.link.earlier.hidden", name)));
            }
        }
    }

    /** A link to share: the address to copy, a copy button and a QR code for a screen or a poster. */
    private Div sharing(String label, String link, RespondentGroup group) {
        TextField field = new TextField(label);
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        Div share = new Div(field, LinkSharing.copyButton(field, link),
                LinkSharing.qrCode(link, getTranslation("scan.link.qr", getTranslation(group.labelKey()))));
        share.addClassName("link-sharing");
        return share;
    }

    private Select<RespondentGroup> groupSelect(RoundOverview round) {
        Select<RespondentGroup> group = new Select<>();
        group.setLabel(getTranslation("scan.field.group"));
        group.setItems(round.groups());
        group.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        round.groups().stream().findFirst().ifPresent(group::setValue);
        return group;
    }

    void openQuestions(RoundOverview round) {
        Dialog dialog = new Dialog(getTranslation("scan.round.questions"));
        dialog.setWidth("min(100%, 48rem)");
        fillQuestions(dialog, round);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void fillQuestions(Dialog dialog, RoundOverview round) {
        dialog.removeAll();
        dialog.add(new Paragraph(getTranslation("scan.questions.explain")));
        List<ScanQuestion> asked = scans.questions(round.id());
        Select<ScanQuestion> theme = new Select<>();
        theme.setLabel(getTranslation("scan.questions.add.theme"));
        theme.setItems(asked.stream().filter(q -> !q.isOpenQuestion())
                .collect(java.util.stream.Collectors.toMap(ScanQuestion::getThemeKey, q -> q, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values());
        theme.setItemLabelGenerator(ScanQuestion::getThemeTitle);
        TextField statement = new TextField(getTranslation("scan.questions.add.text"));
        statement.setMaxLength(ScanQuestion.TEXT_MAX);
        statement.setWidthFull();
        com.vaadin.flow.component.checkbox.Checkbox negative =
                new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("scan.field.reverse"));
        Button add = new Button(getTranslation("scan.questions.add"), e -> {
            scans.addStatement(round.id(), theme.getValue() == null ? "" : theme.getValue().getThemeKey(),
                    statement.getValue(), negative.getValue());
            Notices.success(getTranslation("scan.questions.added"));
            fillQuestions(dialog, round);
        });
        Div adding = new Div(theme, statement, negative, add);
        adding.addClassNames("form-column", "scan-question-add");
        dialog.add(adding);
        for (ScanQuestion question : asked) {
            TextArea text = new TextArea(question.isOpenQuestion() ? getTranslation("scan.answer.open")
                    : question.getThemeTitle());
            text.setValue(question.getText());
            text.setMaxLength(ScanQuestion.TEXT_MAX);
            text.setWidthFull();
            com.vaadin.flow.component.checkbox.Checkbox reverse =
                    new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("scan.field.reverse"),
                            question.isReverseScored());
            reverse.setVisible(!question.isOpenQuestion());
            // the experts' wording (scan version 2) is part of the round's copy and edited with the statement
            TextArea expertText = new TextArea(getTranslation("scan.field.expert.text"));
            expertText.setHelperText(getTranslation("scan.field.expert.help"));
            expertText.setValue(question.getExpertText().orElse(""));
            expertText.setMaxLength(ScanQuestion.TEXT_MAX);
            expertText.setWidthFull();
            expertText.addClassName("scan-expert-text");
            Button save = new Button(getTranslation("scan.questions.save"), e -> {
                scans.rewordQuestion(question.getId(), question.getVersion(), text.getValue(), reverse.getValue(),
                        expertText.getValue());
                Notices.success(getTranslation("scan.questions.saved"));
                fillQuestions(dialog, round);
            });
            save.addThemeVariants(ButtonVariant.SMALL);
            Button remove = new Button(getTranslation("scan.questions.remove"), e -> Confirmation.ask(
                    getTranslation("scan.questions.remove"), getTranslation("scan.questions.remove.confirm",
                            question.getText()), getTranslation("scan.questions.remove"), () -> {
                        scans.removeQuestion(question.getId());
                        Notices.success(getTranslation("scan.questions.removed"));
                        fillQuestions(dialog, round);
                    }));
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            Div block = new Div(text, expertText, reverse, new Div(save, remove));
            block.addClassName("scan-question-edit");
            dialog.add(block);
        }
    }

    private void remind(RoundOverview round) {
        Notices.success(getTranslation("scan.round.reminded", scans.remindNonResponders(round.id())));
        reload();
    }

    private void close(RoundOverview round) {
        try {
            scans.close(round.id(), round.version());
            Notices.success(getTranslation("scan.round.closed", round.name()));
        } finally {
            // after a refusal too: the page then shows the round as it is now
            reload();
        }
    }

    /** What a new round asks: the shipped questionnaire (both ids null), an organisation template or a round's. */
    record QuestionnaireChoice(String label, Long templateId, Long roundId) {
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
