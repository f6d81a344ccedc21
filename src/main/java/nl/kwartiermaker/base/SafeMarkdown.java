package nl.kwartiermaker.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The one way Markdown becomes HTML in the portal. CommonMark renders it; an allow-list then keeps only plain text
 * markup and links to web, mail and portal addresses, so script, event handlers, styles and {@code javascript:} links
 * from any author are removed, whatever the renderer let through.
 */
@Component
public class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** A base address only so that relative portal links ("/kennisbank/…") survive cleaning. */
    private static final String BASE_URI = "https://portal.invalid/";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final Cleaner cleaner = new Cleaner(allowList());
    /**
     * The same texts are shown over and over (a knowledge page to every reader); rendering and cleaning was the
     * largest cost of opening a page in the benchmark. The result depends only on the text, so it is kept.
     */
    private final Map<String, String> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_TEXTS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > CACHED_TEXTS;
                }
            });
    static final int CACHED_TEXTS = 200;

    public String toSafeHtml(String markdown) {
        String text = markdown == null ? "" : markdown;
        String html = cache.get(text);
        if (html == null) {
            html = render(text);
            cache.put(text, html);
        }
        return html;
    }

    private String render(String markdown) {
        String rendered = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(rendered, BASE_URI);
        // the page title is the only h1 on a page; an author's top heading becomes a section heading
        dirty.select("h1").tagName("h2");
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("a[href^=http]").attr("rel", "noopener noreferrer");
        return clean.body().html();
    }

    private static Safelist allowList() {
        return new Safelist()
                .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "blockquote",
                        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td")
                .addAttributes("a", "href", "title")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .preserveRelativeLinks(true);
    }
}
