package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.story.ReviewQueueItem;
import nl.kwartiermaker.story.StoryReviewService;
import nl.kwartiermaker.story.StoryStatus;

/**
 * The editors' queue: stories waiting for review, oldest first, and the scheduled and published ones an editor may
 * take off publication. A list of links rather than a grid, so it reads the same at 320 px.
 */
@Route("verhalen/redactie")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.BEHEERDER})
class StoryReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final Section waiting = new Section();
    final Section live = new Section();

    StoryReviewQueueView(StoryReviewService reviews) {
        addClassName("page");
        add(new ViewHeader(getTranslation("story.review.queue.title"), getTranslation("story.review.queue.purpose")));
        List<ReviewQueueItem> queue = reviews.queue();
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);

        waiting.add(new H2(getTranslation("story.review.queue.waiting")));
        List<ReviewQueueItem> inReview = queue.stream().filter(i -> i.status() == StoryStatus.IN_REVIEW).toList();
        if (inReview.isEmpty()) {
            waiting.add(new Paragraph(getTranslation("story.review.queue.waiting.none")));
        } else {
            waiting.add(list(inReview, i -> getTranslation("story.review.queue.offered", i.authorName(),
                    moments.format(i.lastChange()))));
        }

        live.add(new H2(getTranslation("story.review.queue.live")));
        List<ReviewQueueItem> published = queue.stream().filter(i -> i.status() != StoryStatus.IN_REVIEW).toList();
        if (published.isEmpty()) {
            live.add(new Paragraph(getTranslation("story.review.queue.live.none")));
        } else {
            live.add(list(published, i -> getTranslation(i.publishUntil() == null ? "story.review.queue.window.open"
                    : "story.review.queue.window", i.authorName(), moments.format(i.publishFrom()),
                    i.publishUntil() == null ? "" : moments.format(i.publishUntil()))));
        }
        add(waiting, live);
    }

    private UnorderedList list(List<ReviewQueueItem> items, java.util.function.Function<ReviewQueueItem, String> line) {
        UnorderedList list = new UnorderedList();
        list.addClassName("story-review-queue");
        for (ReviewQueueItem item : items) {
            Anchor title = new Anchor("verhalen/redactie/" + item.storyId(), item.title());
            Div details = new Div();
            details.getElement().appendChild(Marks.text(getTranslation(item.status().labelKey()),
                    "badge", "story-status-" + item.status().name().toLowerCase(Locale.ROOT)),
                    Marks.text(" " + line.apply(item), "muted"));
            list.add(new ListItem(title, details));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "story.review.queue.title");
    }
}
