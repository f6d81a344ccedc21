package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.StoryFeedService;

/**
 * Where the Beheerder decides who reads the stories' Atom feed without signing in: everyone, or only pages that
 * bring the feed token. A new token is shown once, here, and replaces the old one; the portal keeps only its hash.
 */
@Route("verhalen/feed")
@RolesAllowed(Role.Names.BEHEERDER)
class StoryFeedSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient StoryFeedService feeds;
    final Checkbox publicFeed = new Checkbox();
    final Button save = new Button();
    final Button newToken = new Button();
    final TextField shownOnce = new TextField();
    final Paragraph tokenState = new Paragraph();

    StoryFeedSettingsView(StoryFeedService feeds) {
        this.feeds = feeds;
        addClassName("page");
        add(new ViewHeader(getTranslation("story.feed.title"), getTranslation("story.feed.purpose")));
        StoryFeedService.FeedSettings current = feeds.settings();

        publicFeed.setLabel(getTranslation("story.feed.public"));
        publicFeed.setHelperText(getTranslation("story.feed.public.help"));
        publicFeed.setValue(current.publicFeed());
        save.setText(getTranslation("story.feed.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            feeds.makePublic(publicFeed.getValue());
            Notices.success(getTranslation("story.feed.saved"));
        });
        Section access = new Section(publicFeed, save);
        access.addClassName("card");

        newToken.setText(getTranslation("story.feed.token.new"));
        newToken.addClickListener(e -> {
            if (feeds.settings().hasToken()) {
                Confirmation.ask(getTranslation("story.feed.token.new"), getTranslation("story.feed.token.confirm"),
                        getTranslation("story.feed.token.new"), this::makeToken);
            } else {
                makeToken();
            }
        });
        shownOnce.setLabel(getTranslation("story.feed.token.address"));
        shownOnce.setHelperText(getTranslation("story.feed.token.once"));
        shownOnce.setReadOnly(true);
        shownOnce.setWidthFull();
        shownOnce.setVisible(false);
        tokenState.setText(getTranslation(current.hasToken() ? "story.feed.token.exists" : "story.feed.token.none"));
        Section token = new Section(tokenState, newToken, shownOnce);
        token.addClassName("card");
        add(access, token);
    }

    void makeToken() {
        String token = feeds.newToken();
        shownOnce.setValue(feeds.addressWith(token));
        shownOnce.setVisible(true);
        tokenState.setText(getTranslation("story.feed.token.exists"));
        Notices.success(getTranslation("story.feed.token.made"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.feed.title");
    }
}
