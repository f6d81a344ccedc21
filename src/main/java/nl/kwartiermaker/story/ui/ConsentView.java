package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.SafeMarkdown;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.MarkdownContent;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.ConsentChoice;
import nl.kwartiermaker.story.ConsentState;
import nl.kwartiermaker.story.FeaturedLine;
import nl.kwartiermaker.story.FeaturedPerson;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryChannel;
import nl.kwartiermaker.story.StoryConsentService;
import nl.kwartiermaker.story.StoryImageService;

/**
 * The featured expert's own page for a story: they read exactly what will be published, answer the seed's two
 * questions and choose where it may be shared, or withdraw their consent. A coordinator or Beheerder sees everyone in
 * the story here and withdraws on someone's behalf.
 */
@Route("verhalen/:id([0-9]+)/toestemming")
@RolesAllowed(Role.Names.STAFF)
class ConsentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StoryConsentService consent;
    private final transient SafeMarkdown markdown;
    final TextArea answerShow = new TextArea();
    final RadioButtonGroup<Boolean> answerSure = new RadioButtonGroup<>();
    final CheckboxGroup<StoryChannel> channels = new CheckboxGroup<>();
    final Checkbox anonymise = new Checkbox();
    final DatePicker expiresOn = new DatePicker();
    final Button give = new Button();
    final Button withdrawOwn = new Button();
    private StoryConsentService.ConsentPage page;
    private long storyId;

    ConsentView(StoryConsentService consent, SafeMarkdown markdown, PortalTime time) {
        this.consent = consent;
        this.markdown = markdown;
        addClassNames("page", "story-consent");
        answerShow.setLabel(getTranslation("story.consent.answer_show"));
        answerShow.setHelperText(getTranslation("story.consent.answer_show.help"));
        answerShow.setMaxLength(FeaturedPerson.ANSWER_MAX);
        answerSure.setLabel(getTranslation("story.consent.answer_sure"));
        answerSure.setItems(Boolean.TRUE, Boolean.FALSE);
        answerSure.setItemLabelGenerator(b -> getTranslation(b ? "story.consent.yes" : "story.consent.no"));
        answerSure.setRequiredIndicatorVisible(true);
        channels.setLabel(getTranslation("story.consent.channels"));
        channels.setItems(StoryChannel.values());
        channels.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        anonymise.setLabel(getTranslation("story.consent.anonymise"));
        expiresOn.setLabel(getTranslation("story.consent.expires"));
        expiresOn.setHelperText(getTranslation("story.consent.expires.help"));
        expiresOn.setI18n(ComponentTexts.datePicker(this));
        expiresOn.setMin(time.today());
        give.setText(getTranslation("story.consent.give"));
        give.addThemeVariants(ButtonVariant.PRIMARY);
        give.addClickListener(e -> give());
        withdrawOwn.setText(getTranslation("story.consent.withdraw"));
        withdrawOwn.addThemeVariants(ButtonVariant.ERROR);
        withdrawOwn.addClickListener(e -> page.mine().ifPresent(line -> askWithdraw(line,
                getTranslation("story.consent.withdraw.confirm"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            storyId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            page = consent.page(storyId);
        } catch (NumberFormatException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (InvalidInput notYours) {
            // the same answer whether the story does not exist or is not this person's: nothing about it leaks
            page = null;
            removeAll();
            add(new ViewHeader(getTranslation("story.consent.title"), null));
            Paragraph none = new Paragraph(getTranslation("story.consent.not_found"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        show();
    }

    private void reload() {
        page = consent.page(storyId);
        show();
    }

    private void show() {
        removeAll();
        Story story = page.story();
        add(new ViewHeader(getTranslation("story.consent.title"), getTranslation(page.mine().isPresent()
                ? "story.consent.purpose" : "story.consent.purpose.editor")));
        page.mine().ifPresent(this::own);
        add(published(story));
        if (page.mayWithdrawForOthers()) {
            add(everyone());
        }
    }

    /** The story exactly as readers will get it: the text the consent is for. */
    private Section published(Story story) {
        Section section = new Section();
        section.addClassNames("card", "story-as-published");
        section.add(new H2(story.getTitle()));
        Paragraph summary = new Paragraph(story.getSummary());
        summary.addClassName("story-summary");
        section.add(summary, new MarkdownContent(markdown, story.getBody()),
                new H3(getTranslation("story.field.impact")), new Paragraph(story.getImpact()));
        if (story.getImageName() != null) {
            // the picture itself, as readers will see it: consent covers the image as much as the text
            Image image = new Image(StoryImageService.path(story.getImageName(), 960), story.getImageAlt());
            image.addClassName("story-image");
            section.add(image, new Paragraph(getTranslation("story.consent.image", story.getImageAlt())));
        }
        return section;
    }

    private void own(FeaturedLine line) {
        Section section = new Section(new H2(getTranslation("story.consent.mine")));
        section.addClassName("story-consent-mine");
        FeaturedPerson me = line.person();
        section.add(new Paragraph(Marks.badge(getTranslation(line.state().labelKey()),
                line.state() == ConsentState.GIVEN ? "success" : "contrast")));
        if (line.state() == ConsentState.GIVEN) {
            section.add(new Paragraph(getTranslation("story.consent.given_for", channelNames(me),
                    getTranslation(me.isAnonymised() ? "story.consent.name_left_out" : "story.consent.name_shown"),
                    me.getExpiresOn() == null ? getTranslation("story.consent.until_withdrawn")
                            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                            .format(me.getExpiresOn()))));
            section.add(withdrawOwn);
            add(section);
            return;
        }
        if (line.state() == ConsentState.OUTDATED) {
            section.add(Marks.note(getTranslation("story.consent.outdated")));
        }
        if (line.state() != ConsentState.MISSING) {
            // what they chose last time, as a start
            channels.setValue(channelsOf(me));
            anonymise.setValue(me.isAnonymised());
            answerShow.setValue(me.getAnswerShow());
        }
        section.add(new Paragraph(getTranslation("story.consent.read_first")), answerShow, answerSure, channels,
                anonymise, expiresOn, give);
        if (line.state() == ConsentState.OUTDATED || line.state() == ConsentState.EXPIRED
                || line.state() == ConsentState.MISSING) {
            section.add(withdrawOwn);
        }
        add(section);
    }

    private Section everyone() {
        Section section = new Section(new H2(getTranslation("story.consent.everyone")),
                new Paragraph(getTranslation("story.consent.everyone.purpose")));
        section.addClassName("story-consent-everyone");
        UnorderedList list = new UnorderedList();
        for (FeaturedLine line : page.everyone()) {
            ListItem item = new ListItem(new Span(line.person().getName()), new Span(" · "),
                    Marks.muted(getTranslation(line.person().getRelation().labelKey())), new Span(" "),
                    Marks.badge(getTranslation(line.state().labelKey()),
                            line.state() == ConsentState.GIVEN ? "success" : "contrast"));
            if (line.state() == ConsentState.WITHDRAWN) {
                item.add(new Paragraph(getTranslation("story.consent.withdrawn_by", line.withdrawnByName())));
            } else {
                // a short visible text keeps the button within 320 px whatever the name; the spoken one names them
                Button withdraw = new Button(getTranslation("story.consent.withdraw_short"),
                        e -> askWithdraw(line, getTranslation("story.consent.withdraw_for.confirm",
                                line.person().getName())));
                withdraw.setAriaLabel(getTranslation("story.consent.withdraw_for", line.person().getName()));
                withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
                item.add(withdraw);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private void askWithdraw(FeaturedLine line, String text) {
        TextArea reason = new TextArea(getTranslation("story.consent.reason"));
        reason.setMaxLength(2_000);
        reason.setWidthFull();
        ConfirmDialog dialog = Confirmation.ask(getTranslation("story.consent.withdraw"), text,
                getTranslation("story.consent.withdraw"), () -> {
                    consent.withdraw(line.person().getId(), reason.getValue());
                    Notices.success(getTranslation("story.consent.withdrawn"));
                    reload();
                });
        dialog.add(reason);
    }

    void give() {
        FeaturedPerson me = page.mine().orElseThrow().person();
        Set<StoryChannel> chosen = channels.getValue().isEmpty() ? EnumSet.noneOf(StoryChannel.class)
                : EnumSet.copyOf(channels.getValue());
        consent.give(me.getId(), me.getVersion(), page.story().getContentFingerprint(), new ConsentChoice(
                chosen.contains(StoryChannel.INTRANET), chosen.contains(StoryChannel.DIGEST),
                chosen.contains(StoryChannel.FEED), anonymise.getValue(), expiresOn.getValue(),
                answerShow.getValue(), Boolean.TRUE.equals(answerSure.getValue())));
        Notices.success(getTranslation("story.consent.thanks"));
        reload();
    }

    private static Set<StoryChannel> channelsOf(FeaturedPerson person) {
        Set<StoryChannel> set = EnumSet.noneOf(StoryChannel.class);
        if (person.isConsentIntranet()) {
            set.add(StoryChannel.INTRANET);
        }
        if (person.isConsentDigest()) {
            set.add(StoryChannel.DIGEST);
        }
        if (person.isConsentFeed()) {
            set.add(StoryChannel.FEED);
        }
        return set;
    }

    private String channelNames(FeaturedPerson person) {
        List<String> names = new ArrayList<>();
        channelsOf(person).forEach(c -> names.add(getTranslation(c.labelKey())));
        return String.join(", ", names);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.consent.title");
    }
}
