package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.DialogButtons;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.ReviewConsent;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryChannel;
import nl.kwartiermaker.story.StoryEvent;
import nl.kwartiermaker.story.StoryImageService;
import nl.kwartiermaker.story.StoryReview;
import nl.kwartiermaker.story.StoryReviewService;
import nl.kwartiermaker.story.StoryStatus;

/**
 * One story for its editor: the story as readers will see it, where each featured person's consent stands per channel,
 * its history, and the decisions — approve (now or scheduled), send back with a comment, take off publication. A
 * story that is not (or no longer) with the editors says so here, with the way back to the queue.
 */
@Route("verhalen/redactie/:id")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.BEHEERDER})
class StoryReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryReviewService reviews;
    private final transient SafeMarkdown markdown;
    private final transient PortalTime time;
    final Button approve = new Button();
    final Button sendBack = new Button();
    final Button unpublish = new Button();
    private final Div content = new Div();
    private StoryReview review;
    private String title = "";

    StoryReviewView(StoryReviewService reviews, SafeMarkdown markdown, PortalTime time) {
        this.reviews = reviews;
        this.markdown = markdown;
        this.time = time;
        addClassName("page");
        approve.setText(getTranslation("story.review.approve"));
        approve.setIcon(VaadinIcon.CHECK.create());
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClickListener(e -> openApprove());
        sendBack.setText(getTranslation("story.review.send_back"));
        sendBack.addClickListener(e -> openSendBack());
        unpublish.setText(getTranslation("story.review.unpublish"));
        unpublish.addThemeVariants(ButtonVariant.ERROR);
        unpublish.addClickListener(e -> openUnpublish());
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(reviews.open(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInput gone) {
            showGone();
        }
    }

    /** A link from a task or mail to a story someone else already dealt with lands here: say so, point onward. */
    private void showGone() {
        review = null;
        title = getTranslation("story.review.gone.title");
        content.removeAll();
        Anchor queue = new Anchor("verhalen/redactie", getTranslation("story.review.back"));
        content.add(new ViewHeader(title, getTranslation("story.review.gone")), queue);
    }

    private void show(StoryReview opened) {
        review = opened;
        Story story = opened.story();
        title = getTranslation("story.review.title", story.getTitle());
        content.removeAll();
        Anchor back = new Anchor("verhalen/redactie", getTranslation("story.review.back"));
        back.addClassName("breadcrumbs");
        ViewHeader header = new ViewHeader(title, getTranslation("story.review.purpose"));
        approve.setVisible(opened.maySendBack());
        approve.setEnabled(opened.mayApprove());
        sendBack.setVisible(opened.maySendBack());
        unpublish.setVisible(opened.mayUnpublish());
        header.withActions(approve, sendBack, unpublish);
        content.add(back, header, status(opened));
        if (opened.ownStory() && story.getStatus() == StoryStatus.IN_REVIEW) {
            content.add(Marks.note(getTranslation("story.error.own_review")));
        } else if (!opened.missingIntranetConsent().isEmpty() && opened.maySendBack()) {
            content.add(Marks.note(getTranslation("story.review.consent_missing",
                    String.join(", ", opened.missingIntranetConsent()))));
        }
        content.add(preview(story), consents(opened), history(opened));
    }

    private Paragraph status(StoryReview opened) {
        Story story = opened.story();
        DateTimeFormatter moments = moments();
        Paragraph status = new Paragraph();
        status.addClassName("story-review-status");
        status.getElement().appendChild(Marks.text(getTranslation(story.getStatus().labelKey()), "badge",
                "story-status-" + story.getStatus().name().toLowerCase(Locale.ROOT)),
                Marks.text(" " + getTranslation("story.review.author", opened.authorName())));
        if (story.getPublishFrom() != null) {
            status.getElement().appendChild(Marks.text(" · " + (story.getPublishUntil() == null
                    ? getTranslation("story.review.window.open", moments.format(story.getPublishFrom()))
                    : getTranslation("story.review.window", moments.format(story.getPublishFrom()),
                    moments.format(story.getPublishUntil()))), "muted"));
        }
        return status;
    }

    /** The story as the library will show it, rendered by the portal's one safe renderer. */
    private Section preview(Story story) {
        Section preview = new Section(new H2(getTranslation("story.review.preview")));
        preview.addClassName("story-review-preview");
        Div article = new Div(new H3(story.getTitle()), new Paragraph(story.getSummary()));
        article.addClassName("story-preview");
        if (story.getImageName() != null) {
            Image image = new Image(StoryImageService.path(story.getImageName(), 960), story.getImageAlt());
            image.addClassName("story-image");
            article.add(image);
        }
        article.add(new MarkdownContent(markdown, story.getBody()), new H3(getTranslation("story.review.impact")),
                new MarkdownContent(markdown, story.getImpact()));
        preview.add(article);
        return preview;
    }

    private Section consents(StoryReview opened) {
        Section section = new Section(new H2(getTranslation("story.review.consent")));
        if (opened.consents().isEmpty()) {
            section.add(new Paragraph(getTranslation("story.review.consent.nobody")));
            return section;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        UnorderedList people = new UnorderedList();
        people.addClassName("story-consent-list");
        for (ReviewConsent person : opened.consents()) {
            ListItem item = new ListItem();
            item.getElement().appendChild(Marks.text(person.name(), "item-title"),
                    Marks.text(" (" + getTranslation(person.relation().labelKey()) + ")", "muted"));
            UnorderedList channels = new UnorderedList();
            for (StoryChannel channel : StoryChannel.values()) {
                ListItem line = new ListItem();
                boolean yes = person.consents(channel);
                line.getElement().appendChild(Marks.text(getTranslation(channel.labelKey()) + ": "),
                        Marks.text(getTranslation(yes ? "story.review.consent.yes" : "story.review.consent.no"),
                                "badge", yes ? "success" : "error"));
                channels.add(line);
            }
            item.add(channels);
            if (person.withdrawnAt() != null) {
                item.add(new Paragraph(getTranslation("story.review.consent.withdrawn",
                        moments().format(person.withdrawnAt()))));
            } else if (person.givenForEarlierVersion()) {
                item.add(new Paragraph(getTranslation("story.review.consent.earlier")));
            } else if (person.expiresOn() != null) {
                item.add(new Paragraph(getTranslation("story.review.consent.until", dates.format(person.expiresOn()))));
            }
            if (person.anonymise()) {
                item.add(new Paragraph(getTranslation("story.review.consent.anonymise")));
            }
            people.add(item);
        }
        section.add(people);
        return section;
    }

    private Section history(StoryReview opened) {
        return new Section(new H2(getTranslation("story.review.history")), new StoryHistoryList(opened.history()));
    }

    private void openApprove() {
        ApproveDialog dialog = new ApproveDialog(this, getLocale(), time);
        DialogButtons.saveAndCancel(dialog, dialog.save, () -> {
            Story story = reviews.approve(review.story().getId(), review.story().getVersion(),
                    instant(dialog.from), instant(dialog.until));
            dialog.close();
            Notices.success(getTranslation(story.getStatus() == StoryStatus.SCHEDULED
                    ? "story.review.approved.scheduled" : "story.review.approved"));
            show(reviews.open(story.getId()));
        });
        dialog.save.setText(getTranslation("story.review.approve"));
        dialog.open();
    }

    private void openSendBack() {
        TextDialog dialog = new TextDialog(this, "story.review.send_back.title", "story.review.send_back.comment",
                "story.review.send_back.help");
        DialogButtons.saveAndCancel(dialog, dialog.save, () -> {
            reviews.sendBack(review.story().getId(), review.story().getVersion(), dialog.text.getValue());
            dialog.close();
            Notices.success(getTranslation("story.review.sent_back"));
            getUI().ifPresent(ui -> ui.navigate("verhalen/redactie"));
        });
        dialog.save.setText(getTranslation("story.review.send_back"));
        dialog.open();
    }

    /** The reason first, then one confirmation: taking a story down cannot simply be undone. */
    private void openUnpublish() {
        TextDialog dialog = new TextDialog(this, "story.review.unpublish.title", "story.review.unpublish.reason",
                "story.review.unpublish.text");
        DialogButtons.saveAndCancel(dialog, dialog.save, () -> Confirmation.ask(
                getTranslation("story.review.unpublish.title"), getTranslation("story.review.unpublish.confirm",
                        review.story().getTitle()), getTranslation("story.review.unpublish"), () -> {
                    Story story = reviews.unpublish(review.story().getId(), review.story().getVersion(),
                            dialog.text.getValue());
                    dialog.close();
                    Notices.success(getTranslation("story.review.unpublished"));
                    show(reviews.open(story.getId()));
                }));
        dialog.save.setText(getTranslation("story.review.unpublish"));
        dialog.open();
    }

    /** Approval: empty moments mean "now" and "until consent ends"; the picker offers nothing in the past. */
    static class ApproveDialog extends Dialog {
        final DateTimePicker from;
        final DateTimePicker until;
        final Button save = new Button();

        ApproveDialog(Component owner, Locale locale, PortalTime time) {
            setHeaderTitle(owner.getTranslation("story.review.approve.title"));
            from = picker(owner, locale, time, "story.review.approve.from", "story.review.approve.from.help");
            until = picker(owner, locale, time, "story.review.approve.until", "story.review.approve.until.help");
            add(new Paragraph(owner.getTranslation("story.review.approve.text")), from, until);
        }

        private static DateTimePicker picker(Component owner, Locale locale, PortalTime time, String labelKey,
                                             String helpKey) {
            DateTimePicker picker = new DateTimePicker(owner.getTranslation(labelKey));
            picker.setDatePickerI18n(ComponentTexts.datePicker(owner));
            picker.setLocale(locale);
            picker.setHelperText(owner.getTranslation(helpKey));
            picker.setMin(LocalDateTime.ofInstant(time.now(), PortalTime.ZONE).withSecond(0).withNano(0));
            return picker;
        }
    }

    /** A required text for the author to read: the editor's comment when sending back, the reason for unpublishing. */
    static class TextDialog extends Dialog {
        final TextArea text;
        final Button save = new Button();

        TextDialog(Component owner, String titleKey, String labelKey, String helpKey) {
            setHeaderTitle(owner.getTranslation(titleKey));
            text = new TextArea(owner.getTranslation(labelKey));
            text.setRequired(true);
            text.setMaxLength(StoryEvent.COMMENT_MAX);
            text.setHelperText(owner.getTranslation(helpKey));
            text.setWidthFull();
            add(text);
        }
    }

    private static Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(PortalTime.ZONE).toInstant();
    }

    private DateTimeFormatter moments() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofText(this, title);
    }
}
