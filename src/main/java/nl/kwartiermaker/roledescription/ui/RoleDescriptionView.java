package nl.kwartiermaker.roledescription.ui;

import static nl.kwartiermaker.base.ui.Marks.muted;
import static nl.kwartiermaker.base.ui.Marks.note;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.DownloadLink;
import nl.kwartiermaker.base.ui.LazyDetails;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.base.ui.WarningList;
import nl.kwartiermaker.base.ui.SourceCitation;
import nl.kwartiermaker.roledescription.DescriptionSection;
import nl.kwartiermaker.roledescription.DocumentPart;
import nl.kwartiermaker.roledescription.InterviewQuestion;
import nl.kwartiermaker.roledescription.ReviewComment;
import nl.kwartiermaker.roledescription.RoleDescription;
import nl.kwartiermaker.roledescription.RoleDescriptionChange;
import nl.kwartiermaker.roledescription.RoleDescriptionDocumentService;
import nl.kwartiermaker.roledescription.RoleDescriptionExport;
import nl.kwartiermaker.roledescription.RoleDescriptionPage;
import nl.kwartiermaker.roledescription.RoleDescriptionReviewService;
import nl.kwartiermaker.roledescription.RoleDescriptionService;
import nl.kwartiermaker.roledescription.RoleDescriptionStatus;
import nl.kwartiermaker.roledescription.RoleDescriptionTasks;
import nl.kwartiermaker.roledescription.RoleDescriptionVersion;
import nl.kwartiermaker.roledescription.RoleDescriptionWarning;
import nl.kwartiermaker.roledescription.RoleDescriptionWarnings;
import nl.kwartiermaker.roledescription.SectionTexts;
import nl.kwartiermaker.user.UserService;

/**
 * One version of a role description. HR sees the stepwise builder while it is a draft or in review; everyone else
 * reads it section by section, and the chosen reviewer comments per section. Below: the vacancy text, the interview
 * questions, the downloads, and the versions with their history.
 */
@Route("functieprofielen/:id")
@RolesAllowed(Role.Names.STAFF)
class RoleDescriptionView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final transient RoleDescriptionService descriptions;
    private final transient RoleDescriptionReviewService reviews;
    private final transient RoleDescriptionDocumentService documents;
    private final transient UserService users;
    private final boolean editor;
    private long descriptionId;
    private String title = "";
    private final Div top = new Div();
    private final Section review = new Section();
    private final Div main = new Div();
    private final Div bottom = new Div();
    Builder builder;
    private transient RoleDescriptionPage lastPage;

    RoleDescriptionView(RoleDescriptionService descriptions, RoleDescriptionReviewService reviews,
                        RoleDescriptionDocumentService documents, UserService users,
                        AuthenticationContext authentication) {
        this.descriptions = descriptions;
        this.reviews = reviews;
        this.documents = documents;
        this.users = users;
        // the service checks every action again; this only decides which buttons to show
        this.editor = authentication.hasAnyRole(Role.Names.HR_ADVISEUR, Role.Names.BEHEERDER);
        addClassNames("page", "roledesc-page");
        // where every task about a review leads ("Mijn taken")
        review.setId(RoleDescriptionTasks.REVIEW_ANCHOR);
        review.addClassName("roledesc-review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            descriptionId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(descriptions.page(descriptionId, getLocale()));
        } catch (NumberFormatException | InvalidInput e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Leaving the page saves the open step too; if it cannot be saved, HR chooses to stay or to leave anyway. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (builder == null || builder.storeIfChanged()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirmation.ask(getTranslation("roledesc.leave.title"), getTranslation("roledesc.leave.text"),
                getTranslation("roledesc.leave.confirm"), action::proceed);
    }

    void reload() {
        show(descriptions.page(descriptionId, getLocale()));
    }

    private void show(RoleDescriptionPage page) {
        removeAll();
        builder = null;
        add(top, review, main, bottom);
        main.removeAll();
        if (page.mayEdit()) {
            builder = new Builder(descriptions, page, saved -> renew(descriptions.page(descriptionId, getLocale())));
            main.add(builder);
        } else {
            main.add(readOnly(page));
        }
        renew(page);
    }

    /** Everything around the builder, which keeps its open step when a step is saved. */
    private void renew(RoleDescriptionPage page) {
        lastPage = page;
        RoleDescription description = page.description();
        title = description.fullTitle();
        top.removeAll();
        Anchor back = new Anchor("functieprofielen", getTranslation("roledesc.list.title"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation(page.mayEdit() ? "roledesc.detail.purpose.edit"
                : page.mayComment() ? "roledesc.detail.purpose.review" : "roledesc.detail.purpose"));
        header.withActions(actions(page).toArray(Component[]::new));
        Span status = Marks.badge(getTranslation("roledesc.detail.status", getTranslation(description.getStatus()
                .labelKey()), description.getVersionNumber()),
                "roledesc-status-" + description.getStatus().name().toLowerCase(Locale.ROOT));
        top.add(back, header, status);
        if (description.getStatus() == RoleDescriptionStatus.IN_REVIEW) {
            top.add(note(getTranslation("roledesc.detail.inreview", page.nameOf(description.getReviewerId()))));
        }
        if (!page.trajectName().isEmpty()) {
            top.add(new Paragraph(new Span(getTranslation("roledesc.detail.traject") + " "),
                    new Anchor("trajecten/" + description.getTrajectId(), page.trajectName())));
        }
        showReview(page);
        bottom.removeAll();
        bottom.add(vacancy(page), interview(page), downloads(page), history(page));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private List<Component> actions(RoleDescriptionPage page) {
        RoleDescription description = page.description();
        boolean showActions = page.mayEdit() || (description.getStatus() == RoleDescriptionStatus.ADOPTED
                && editor);
        if (!showActions) {
            return List.of();
        }
        return switch (description.getStatus()) {
            case DRAFT -> List.of(button("roledesc.submit", VaadinIcon.ENVELOPE_O, e -> openSubmit()));
            case IN_REVIEW -> adoptActions(page);
            case ADOPTED -> List.of(button("roledesc.newversion", VaadinIcon.COPY_O, e -> act(
                    () -> descriptions.newVersion(descriptionId), "roledesc.newversion.done", "new")));
            case SUPERSEDED -> List.of();
        };
    }

    /**
     * Adopting waits for an approval by someone other than the author: until then the button is disabled and the
     * review part says why; a Beheerder may adopt anyway, giving a reason.
     */
    private List<Component> adoptActions(RoleDescriptionPage page) {
        Button adopt = button("roledesc.adopt", VaadinIcon.CHECK, e -> Confirmation.ask(
                getTranslation("roledesc.adopt"), getTranslation("roledesc.adopt.confirm"),
                getTranslation("roledesc.adopt"), () -> act(() -> reviews.adopt(descriptionId,
                        knownVersion()), "roledesc.adopted", null)));
        adopt.addClassName("adopt-button");
        // a disabled button shows no tooltip (Vaadin's accessibleDisabledButtons flag is off); the review part right
        // under the header says whose approval it waits for
        adopt.setEnabled(page.mayAdopt());
        if (!page.mayOverride()) {
            return List.of(adopt);
        }
        Button override = new Button(getTranslation("roledesc.override"), VaadinIcon.EXCLAMATION_CIRCLE_O.create(),
                e -> openOverride());
        override.addClassName("override-button");
        return List.of(adopt, override);
    }

    void openOverride() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roledesc.override"));
        TextArea reason = new TextArea(getTranslation("roledesc.override.reason"));
        reason.setMaxLength(RoleDescription.SUMMARY_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button adopt = new Button(getTranslation("roledesc.override.confirm"), e -> {
            try {
                if (builder != null && !builder.store()) {
                    return;
                }
                reviews.adoptWithoutApproval(descriptionId, knownVersion(), reason.getValue());
            } catch (InvalidInput ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            Notices.success(getTranslation("roledesc.adopted"));
            reload();
        });
        adopt.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("roledesc.override.explain")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), adopt);
        dialog.open();
    }

    /**
     * The review: where it stands (waiting, approved, sent back, adopted without approval), the reviewer's buttons,
     * and the remarks still open, which the author answers and marks resolved.
     */
    private void showReview(RoleDescriptionPage page) {
        review.removeAll();
        RoleDescription description = page.description();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        String reviewer = page.nameOf(description.getReviewerId());
        boolean involved = editor || page.mayReview();
        if (description.getStatus() == RoleDescriptionStatus.IN_REVIEW && description.isApprovedByOther()) {
            review.add(note(getTranslation("roledesc.review.approved", page.nameOf(description.getApprovedById()),
                    dates.format(description.getApprovedAt()))));
            summary(description);
            if (page.mayEdit()) {
                review.add(muted(getTranslation("roledesc.review.approved.edit")));
            }
        } else if (description.getStatus() == RoleDescriptionStatus.IN_REVIEW && editor) {
            review.add(note(getTranslation("roledesc.adopt.waiting", reviewer)));
        } else if (description.isSentBack() && involved) {
            review.add(note(getTranslation("roledesc.review.sentback", reviewer,
                    dates.format(description.getSentBackAt()))));
            summary(description);
        }
        if (!description.getOverrideReason().isEmpty()) {
            review.add(note(getTranslation("roledesc.review.override", description.getOverrideReason())));
        }
        if (page.mayReview()) {
            review.add(reviewerButtons(description));
        }
        // the reviewer and readers find the remarks at their sections; the author, who works in the builder, finds
        // them here
        List<ReviewComment> open = page.openComments();
        if (page.mayEdit() && !open.isEmpty()) {
            review.add(new H2(getTranslation("roledesc.review.open", open.size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("open-comments");
            open.forEach(remark -> list.add(remarkItem(page, remark, true)));
            review.add(list);
        }
        List<ReviewComment> resolved = page.resolvedComments();
        if (page.mayEdit() && !resolved.isEmpty()) {
            UnorderedList list = new UnorderedList();
            resolved.forEach(remark -> list.add(remarkItem(page, remark, false)));
            Details details = new Details(getTranslation("roledesc.review.resolved", resolved.size()), list);
            details.addClassName("resolved-comments");
            review.add(details);
        }
        review.setVisible(review.getChildren().findAny().isPresent());
    }

    private void summary(RoleDescription description) {
        if (!description.getReviewSummary().isEmpty()) {
            Paragraph summary = new Paragraph(description.getReviewSummary());
            summary.addClassNames("preserve-lines", "review-summary");
            review.add(summary);
        }
    }

    private Component reviewerButtons(RoleDescription description) {
        Div buttons = new Div();
        buttons.addClassName("review-actions");
        if (!description.isApprovedByOther()) {
            Button approve = new Button(getTranslation("roledesc.approve"), VaadinIcon.CHECK.create(),
                    e -> openReviewDialog(true));
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(approve);
        }
        buttons.add(new Button(getTranslation("roledesc.sendback"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> openReviewDialog(false)));
        return buttons;
    }

    /** The reviewer approves (a summary is welcome) or sends back (a summary is asked). */
    void openReviewDialog(boolean approve) {
        Dialog dialog = new Dialog();
        String action = approve ? "roledesc.approve" : "roledesc.sendback";
        dialog.setHeaderTitle(getTranslation(action));
        TextArea summary = new TextArea(getTranslation(approve ? "roledesc.approve.summary"
                : "roledesc.sendback.summary"));
        summary.setMaxLength(RoleDescription.SUMMARY_MAX);
        summary.setRequiredIndicatorVisible(!approve);
        summary.setWidthFull();
        Button send = new Button(getTranslation(action + ".confirm"), e -> {
            try {
                if (approve) {
                    reviews.approve(descriptionId, knownVersion(), summary.getValue());
                } else {
                    reviews.sendBack(descriptionId, knownVersion(), summary.getValue());
                }
            } catch (InvalidInput ex) {
                summary.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                summary.setInvalid(true);
                return;
            }
            dialog.close();
            Notices.success(getTranslation(approve ? "roledesc.approved" : "roledesc.sentback"));
            reload();
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation(approve ? "roledesc.approve.explain" : "roledesc.sendback.explain")),
                summary);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    /** A remark with its section and answers; while open, a field to answer it and, for the author, "resolved". */
    private ListItem remarkItem(RoleDescriptionPage page, ReviewComment remark, boolean open) {
        ListItem item = new ListItem(new Span(getTranslation("roledesc.comment.line", page.nameOf(remark.getAuthorId()),
                getTranslation(remark.getSection().labelKey()), remark.getText())));
        item.addClassName("remark");
        List<ReviewComment> answers = page.answersTo(remark);
        if (!answers.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("answers");
            answers.forEach(a -> list.add(new ListItem(getTranslation("roledesc.comment.by",
                    page.nameOf(a.getAuthorId()), a.getText()))));
            item.add(list);
        }
        if (!open) {
            item.add(muted(getTranslation("roledesc.comment.resolvedby", page.nameOf(remark.getResolvedById()))));
            return item;
        }
        Div actions = new Div();
        actions.addClassName("comment-form");
        if (page.mayAnswer()) {
            TextArea answer = new TextArea(getTranslation("roledesc.answer.field"));
            answer.setMaxLength(ReviewComment.TEXT_MAX);
            answer.setWidthFull();
            Button send = new Button(getTranslation("roledesc.answer.add"), e -> {
                try {
                    reviews.answer(remark.getId(), answer.getValue());
                } catch (InvalidInput ex) {
                    answer.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                    answer.setInvalid(true);
                    return;
                }
                Notices.success(getTranslation("roledesc.answer.added"));
                reload();
            });
            send.setAriaLabel(getTranslation("roledesc.answer.add.aria", remark.getText()));
            actions.add(answer, send);
        }
        if (page.mayEdit()) {
            Button resolve = new Button(getTranslation("roledesc.comment.resolve"), VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> {
                        reviews.resolve(remark.getId());
                        Notices.success(getTranslation("roledesc.comment.resolved"));
                        reload();
                    });
            resolve.addThemeVariants(ButtonVariant.TERTIARY);
            resolve.setAriaLabel(getTranslation("roledesc.comment.resolve.aria", remark.getText()));
            actions.add(resolve);
        }
        if (actions.getChildren().findAny().isPresent()) {
            item.add(actions);
        }
        return item;
    }

    /**
     * The version this person last saw or saved: actions send it back, so a change someone else made in between is
     * refused instead of adopted or overwritten unseen.
     */
    private long knownVersion() {
        return builder != null ? builder.version() : lastPage.description().getVersion();
    }

    private Button button(String key, VaadinIcon icon, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), icon.create(), listener);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    /** Saves the open step first; a refused action reaches the portal's one error handler, which tells why. */
    private void act(java.util.function.Supplier<RoleDescription> action, String successKey, String navigate) {
        if (builder != null && !builder.store()) {
            return;
        }
        RoleDescription result = action.get();
        Notices.success(getTranslation(successKey));
        if (navigate != null) {
            getUI().ifPresent(ui -> ui.navigate("functieprofielen/" + result.getId()));
        } else {
            reload();
        }
    }

    void openSubmit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roledesc.submit"));
        ComboBox<UserService.Person> reviewer = new ComboBox<>(getTranslation("roledesc.reviewer"));
        reviewer.setItems(users.activePeople());
        reviewer.setItemLabelGenerator(UserService.Person::displayName);
        reviewer.setHelperText(getTranslation("roledesc.reviewer.help"));
        reviewer.setRequiredIndicatorVisible(true);
        reviewer.setWidthFull();
        Button send = new Button(getTranslation("roledesc.submit.send"), e -> {
            if (reviewer.getValue() == null) {
                reviewer.setErrorMessage(getTranslation("roledesc.error.reviewer"));
                reviewer.setInvalid(true);
                return;
            }
            dialog.close();
            act(() -> reviews.submitForReview(descriptionId, knownVersion(), reviewer.getValue().id()),
                    "roledesc.submitted", null);
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new Paragraph(getTranslation("roledesc.submit.explain")), reviewer);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    /** The description section by section, with the reviewer's comments and, for the reviewer, a comment field. */
    private Component readOnly(RoleDescriptionPage page) {
        Div sections = new Div();
        sections.addClassName("roledesc-sections");
        List<RoleDescriptionWarning> warnings = page.warnings();
        if (!warnings.isEmpty() && page.mayComment()) {
            sections.add(warningList(warnings));
        }
        for (DocumentPart part : SectionTexts.of(page.description().content(), this::getTranslation)) {
            Section section = new Section(new H2(part.heading()));
            section.addClassName("roledesc-section");
            if (part.isEmpty()) {
                section.add(muted(getTranslation("roledesc.section.empty")));
            }
            part.paragraphs().forEach(p -> {
                Paragraph paragraph = new Paragraph(p);
                paragraph.addClassName("preserve-lines");
                section.add(paragraph);
            });
            if (!part.bullets().isEmpty()) {
                UnorderedList list = new UnorderedList();
                part.bullets().forEach(b -> list.add(new ListItem(b)));
                section.add(list);
            }
            List<ReviewComment> remarks = page.commentsOn(part.section());
            if (!remarks.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("comments");
                remarks.forEach(c -> list.add(remarkItem(page, c, c.isOpen())));
                section.add(new H3(getTranslation("roledesc.comments")), list);
            }
            if (page.mayComment()) {
                section.add(commentForm(part));
            }
            sections.add(section);
        }
        return sections;
    }

    private Component commentForm(DocumentPart part) {
        TextArea text = new TextArea(getTranslation("roledesc.comment.field", part.heading()));
        text.setMaxLength(ReviewComment.TEXT_MAX);
        text.setWidthFull();
        Button add = new Button(getTranslation("roledesc.comment.add"), e -> {
            try {
                reviews.comment(descriptionId, part.section(), text.getValue());
                Notices.success(getTranslation("roledesc.comment.added"));
                reload();
            } catch (InvalidInput ex) {
                // at the field, so the reviewer sees which remark was refused and keeps what they wrote
                text.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                text.setInvalid(true);
            }
        });
        add.setAriaLabel(getTranslation("roledesc.comment.add.aria", part.heading()));
        Div form = new Div(text, add);
        form.addClassName("comment-form");
        return form;
    }

    private Component warningList(List<RoleDescriptionWarning> warnings) {
        Section section = new Section(new H2(getTranslation("roledesc.warnings.all")));
        section.addClassName("warnings");
        WarningList list = new WarningList();
        warnings.forEach(warning -> list.addWarning(getTranslation(warning.messageKey(),
                RoleDescriptionWarnings.SMALL_CONTRACT_HOURS), warning.source()));
        section.add(list);
        return section;
    }

    private Details vacancy(RoleDescriptionPage page) {
        Details details = new Details(getTranslation("roledesc.vacancy.title"));
        details.addClassName("roledesc-vacancy");
        return LazyDetails.buildWhenOpened(details, () -> fillVacancy(details, lastPage));
    }

    private void fillVacancy(Details details, RoleDescriptionPage page) {
        String text = page.vacancy();
        boolean mayEdit = editor && page.description().getStatus() != RoleDescriptionStatus.SUPERSEDED;
        if (!mayEdit) {
            Paragraph paragraph = new Paragraph(text + "\n\n" + page.application());
            paragraph.addClassName("preserve-lines");
            details.add(paragraph);
            return;
        }
        TextArea area = new TextArea(getTranslation("roledesc.vacancy.field"));
        area.setValue(text);
        area.setWidthFull();
        area.setMaxLength(RoleDescription.VACANCY_MAX);
        area.setHelperText(getTranslation(page.description().getVacancyText().isEmpty()
                ? "roledesc.vacancy.generated" : "roledesc.vacancy.edited"));
        TextField contact = new TextField(getTranslation("roledesc.vacancy.contact.field"));
        contact.setValue(page.description().getVacancyContact());
        contact.setMaxLength(RoleDescription.CONTACT_MAX);
        contact.setHelperText(getTranslation("roledesc.vacancy.contact.help"));
        contact.setWidthFull();
        DatePicker closes = new DatePicker(getTranslation("roledesc.vacancy.closes.field"));
        closes.setValue(page.description().getVacancyClosesOn());
        closes.setI18n(ComponentTexts.datePicker(this));
        closes.setHelperText(getTranslation("roledesc.vacancy.closes.help"));
        Map<String, HasValidation> fields = Map.of("roledesc.error.vacancy", area,
                "roledesc.error.vacancy.contact", contact, "roledesc.error.vacancy.closes", closes);
        Button save = new Button(getTranslation("roledesc.vacancy.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                documents.saveVacancy(descriptionId, knownVersion(), area.getValue(), contact.getValue(),
                        closes.getValue());
                Notices.success(getTranslation("roledesc.vacancy.saved"));
                reload();
            } catch (InvalidInput ex) {
                // at the field, and the edited text stays; a conflict goes to the portal's one error handler
                HasValidation field = fields.getOrDefault(ex.messageKey(), area);
                field.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                field.setInvalid(true);
            }
        });
        Button regenerate = new Button(getTranslation("roledesc.vacancy.regenerate"), e -> Confirmation.ask(
                getTranslation("roledesc.vacancy.regenerate"), getTranslation("roledesc.vacancy.regenerate.confirm"),
                getTranslation("roledesc.vacancy.regenerate"), () -> {
                    documents.saveVacancy(descriptionId, knownVersion(), "");
                    reload();
                }));
        regenerate.addThemeVariants(ButtonVariant.TERTIARY);
        Paragraph application = new Paragraph(page.application());
        application.addClassNames("preserve-lines", "vacancy-application");
        details.add(area, new H3(getTranslation("roledesc.vacancy.apply.title")),
                muted(getTranslation("roledesc.vacancy.apply.explain")), contact, closes, application,
                new Div(save, regenerate));
    }

    private Details interview(RoleDescriptionPage page) {
        Details details = new Details(getTranslation("roledesc.interview.title"));
        details.addClassName("roledesc-interview");
        return LazyDetails.buildWhenOpened(details, () -> fillInterview(details, lastPage));
    }

    private void fillInterview(Details details, RoleDescriptionPage page) {
        details.add(new Paragraph(getTranslation("roledesc.interview.explain")));
        UnorderedList list = new UnorderedList();
        for (InterviewQuestion question : page.interviewQuestions()) {
            ListItem item = new ListItem(new Span(question.text()));
            if (!question.reasonKey().isEmpty()) {
                item.add(muted(getTranslation("roledesc.interview.because", getTranslation(question.reasonKey()))));
            }
            SourceCitation source = new SourceCitation("source", question.source());
            source.addClassName("muted");
            item.add(source);
            list.add(item);
        }
        details.add(list);
    }

    private Details downloads(RoleDescriptionPage page) {
        Details details = new Details(getTranslation("roledesc.downloads"));
        details.addClassName("roledesc-downloads");
        LazyDetails.buildWhenOpened(details, () -> fillDownloads(details));
        details.setOpened(page.description().getStatus() == RoleDescriptionStatus.ADOPTED);
        return details;
    }

    private void fillDownloads(Details details) {
        UnorderedList list = new UnorderedList();
        Locale locale = getLocale();
        for (RoleDescriptionExport.Kind kind : RoleDescriptionExport.Kind.values()) {
            ListItem item = new ListItem(new Span(getTranslation("roledesc.download." + kind.name()
                    .toLowerCase(Locale.ROOT)) + ": "));
            for (RoleDescriptionExport.Format format : RoleDescriptionExport.Format.values()) {
                DownloadLink link = new DownloadLink(format.name(), () -> {
                    RoleDescriptionExport export = documents.export(descriptionId, kind, format, locale);
                    return new DownloadLink.Document(export.fileName(), export.contentType(), export.bytes());
                });
                link.getElement().setAttribute("aria-label", getTranslation("roledesc.download.aria",
                        getTranslation("roledesc.download." + kind.name().toLowerCase(Locale.ROOT)), format.name()));
                link.addClassNames("download-link", "download-" + kind.name().toLowerCase(Locale.ROOT) + "-"
                        + format.name().toLowerCase(Locale.ROOT));
                item.add(link, new Span(" "));
            }
            list.add(item);
        }
        details.add(list);
    }

    private Details history(RoleDescriptionPage page) {
        Details details = new Details(getTranslation("roledesc.history"));
        details.addClassName("roledesc-history");
        return LazyDetails.buildWhenOpened(details, () -> fillHistory(details, lastPage));
    }

    private void fillHistory(Details details, RoleDescriptionPage page) {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        UnorderedList versions = new UnorderedList();
        for (RoleDescriptionVersion version : page.versions()) {
            String label = getTranslation("roledesc.version.line", version.number(),
                    getTranslation(version.status().labelKey()));
            versions.add(new ListItem(version.id() == descriptionId ? new Span(label)
                    : new Anchor("functieprofielen/" + version.id(), label)));
        }
        details.add(new H3(getTranslation("roledesc.versions")), versions);
        if (page.versions().size() > 1) {
            Button compare = new Button(getTranslation("roledesc.compare"), VaadinIcon.SPLIT.create(),
                    e -> new VersionComparison(page.versions(), descriptions::content, this::getTranslation).open());
            details.add(compare);
        }
        UnorderedList changes = new UnorderedList();
        for (RoleDescriptionChange change : page.changes()) {
            String sections = change.getSections().stream().map(s -> getTranslation(s.labelKey()))
                    .collect(Collectors.joining(", "));
            ListItem line = new ListItem(getTranslation("roledesc.change.line", times.format(change.getChangedAt()),
                    page.nameOf(change), getTranslation(change.getAction().labelKey()),
                    sections.isEmpty() ? "" : " — " + sections));
            if (!change.getNote().isEmpty()) {
                Paragraph note = new Paragraph(change.getNote());
                note.addClassNames("preserve-lines", "change-note");
                line.add(note);
            }
            changes.add(line);
        }
        details.add(new H3(getTranslation("roledesc.changes")), changes);
        if (editor) {
            details.add(ownBlock());
        }
    }

    private Component ownBlock() {
        Button add = new Button(getTranslation("roledesc.blocks.new"), VaadinIcon.PLUS.create(), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("roledesc.blocks.new"));
            Select<DescriptionSection> section = new Select<>();
            section.setLabel(getTranslation("roledesc.blocks.section"));
            section.setItems(DescriptionSection.values());
            section.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            TextField blockTitle = new TextField(getTranslation("roledesc.blocks.title"));
            blockTitle.setMaxLength(RoleDescription.TITLE_MAX);
            TextArea text = new TextArea(getTranslation("roledesc.blocks.text"));
            text.setMaxLength(RoleDescription.TEXT_MAX);
            text.setWidthFull();
            Map<String, HasValidation> fields = Map.of("roledesc.error.block.section", section,
                    "roledesc.error.block.title", blockTitle, "roledesc.error.block.text", text);
            Button save = new Button(getTranslation("action.save"), ev -> {
                fields.values().forEach(f -> f.setInvalid(false));
                try {
                    descriptions.addTextBlock(section.getValue(), blockTitle.getValue(), text.getValue());
                } catch (InvalidInput ex) {
                    // at the field it is about, with the dialog and what was typed still open
                    HasValidation field = fields.get(ex.messageKey());
                    if (field == null) {
                        throw ex;
                    }
                    field.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
                    field.setInvalid(true);
                    return;
                }
                dialog.close();
                Notices.success(getTranslation("roledesc.blocks.saved"));
                reload();
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.add(new Div(section, blockTitle, text));
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), ev -> dialog.close()), save);
            dialog.open();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        return add;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
