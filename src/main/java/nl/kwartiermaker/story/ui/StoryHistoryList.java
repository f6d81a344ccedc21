package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.story.StoryHistoryLine;

/**
 * A story's history as a list, oldest first: when, who (a name; "Kwartiermaker" for what the portal did by itself),
 * what, whom a consent line is about, and a comment such as the editor's reason. Text only, so a long history costs
 * one element per line; any Verhalen view shows it from {@code StoryReviewService.history}.
 */
class StoryHistoryList extends Div {

    StoryHistoryList(List<StoryHistoryLine> lines) {
        addClassName("story-history");
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("story.history.none")));
            return;
        }
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(PortalTime.ZONE);
        OrderedList list = new OrderedList();
        list.addClassName("story-history-list");
        for (StoryHistoryLine line : lines) {
            ListItem item = new ListItem();
            String who = line.byThePortal() ? getTranslation("story.history.portal") : line.actorName();
            String what = getTranslation(line.kind().labelKey());
            item.getElement().appendChild(Marks.text(moments.format(line.at()), "muted"),
                    Marks.text(" · " + who + ": ", "story-history-who"),
                    Marks.text(line.personName().isEmpty() ? what
                            : getTranslation("story.history.about", what, line.personName()), "story-history-what"));
            if (!line.comment().isEmpty()) {
                // a comment may run to paragraphs: its own block under the line, as plain text
                item.getElement().appendChild(new Element("p").setText(line.comment()));
            }
            list.add(item);
        }
        add(list);
    }
}
