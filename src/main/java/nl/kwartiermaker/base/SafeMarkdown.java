package nl.kwartiermaker.base;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The one way Markdown becomes HTML in the portal. CommonMark renders it; an allow-list then keeps only plain text
 * markup and links to web, mail and portal addresses, so script, event handlers, styles and {@code javascript:} links
 * from any author are removed, whatever the renderer let through. Three rules on top of the allow-list:
 * <ul>
 * <li>Raw-text elements ({@code <style>}, {@code <script>}, {@code <textarea>} …) go with their content, and one that
 * is never closed loses only its start tag: a browser (and jsoup) would otherwise read everything after it as the
 * element's content and hide the rest of the page.</li>
 * <li>A link either stays on the portal or is an absolute web address. The address is read the way a browser reads
 * it (surrounding control characters dropped, tabs and line breaks removed, backslashes as slashes), so
 * {@code //host}, {@code /\host} and {@code \\host} count as other sites, and what the browser receives is exactly
 * the address that was judged.</li>
 * <li>A link to another site gets {@code rel="noopener noreferrer nofollow"} and a visible mark: an arrow drawn by
 * styles.css ({@code a.external-link::after}) and a visually hidden text in the reader's language, so a screen
 * reader announces it too. The text comes from the translations; that is why rendering takes the reader's locale.</li>
 * </ul>
 */
@Component
public class SafeMarkdown {

    static final String EXTERNAL_LINK_CLASS = "external-link";
    static final String EXTERNAL_LINK_TEXT = "markdown.external-link";
    static final String EXTERNAL_REL = "noopener noreferrer nofollow";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** A base address only so that relative portal links ("/kennisbank/…") survive cleaning. */
    private static final String BASE_URI = "https://portal.invalid/";
    /**
     * Elements whose content a browser does not read as markup (raw text, escapable raw text, plain text) or hides
     * from the reader (template, noscript, select drops every tag inside it). None is on the allow-list.
     */
    private static final Set<String> CONTENT_SWALLOWING = Set.of("script", "style", "textarea", "title", "xmp",
            "iframe", "noembed", "noframes", "noscript", "plaintext", "template", "select");
    /** Marks the renderer puts where such a tag was; CommonMark turns every NUL of the input into U+FFFD. */
    private static final char MARK = '\u0000';
    private static final Pattern TAG_NAME = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    static final int CACHED_TEXTS = 200;

    /**
     * Without HTML blocks an author's raw HTML is only ever inline: a complete tag in a paragraph. An HTML block
     * that starts with {@code <style}, {@code <pre}, {@code <!--} or an unclosed attribute would run to the end of
     * the text, so Markdown after it would never be read as Markdown.
     */
    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .enabledBlockTypes(Set.of(Heading.class, ThematicBreak.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class, BlockQuote.class, ListBlock.class))
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(MarkedSwallowingTags::new).build();
    private final Cleaner cleaner = new Cleaner(allowList());
    private final PortalI18nProvider translations;

    private record CacheKey(Locale locale, String text) {
    }

    /**
     * The same texts are shown over and over (a knowledge page to every reader); rendering and cleaning was the
     * largest cost of opening a page in the benchmark. The result depends only on the text and the reader's language
     * (the external-link text), so it is kept per both.
     */
    private final RecentlyUsed<CacheKey, String> cache = new RecentlyUsed<>(CACHED_TEXTS);

    public SafeMarkdown(PortalI18nProvider translations) {
        this.translations = translations;
    }

    public String toSafeHtml(String markdown, Locale locale) {
        CacheKey key = new CacheKey(PortalLocales.supported(locale), markdown == null ? "" : markdown);
        return cache.get(key, () -> render(key.text(), key.locale()));
    }

    private String render(String markdown, Locale locale) {
        String rendered = dropSwallowingElements(renderer.render(parser.parse(markdown.replace(MARK, '\uFFFD'))));
        Document dirty = Jsoup.parseBodyFragment(rendered, BASE_URI);
        // the page title is the only h1 on a page; an author's top heading becomes a section heading
        dirty.select("h1").tagName("h2");
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        // inline raw HTML such as a table leaves the paragraph around it empty
        clean.select("p:empty").remove();
        String externalText = translations.translate(locale, EXTERNAL_LINK_TEXT);
        for (Element link : clean.select("a[href]")) {
            keepOnPortalOrMarkExternal(link, externalText);
        }
        return clean.body().html();
    }

    /**
     * Removes each marked swallowing element with everything up to its end tag, across paragraphs as a browser
     * would; one without an end tag loses only its start tag, and an end tag without a start goes too.
     */
    static String dropSwallowingElements(String html) {
        if (html.indexOf(MARK) < 0) {
            return html;
        }
        StringBuilder kept = new StringBuilder(html.length());
        int from = 0;
        while (true) {
            int open = html.indexOf(MARK, from);
            int close = open < 0 ? -1 : html.indexOf(MARK, open + 1);
            if (close < 0) {
                kept.append(html, from, html.length());
                return kept.toString().replace(String.valueOf(MARK), "");
            }
            kept.append(html, from, open);
            String tag = html.substring(open + 1, close);
            from = close + 1;
            if (tag.startsWith("<")) {
                String end = MARK + "/" + tag.substring(1) + MARK;
                int endAt = html.indexOf(end, from);
                if (endAt >= 0) {
                    from = endAt + end.length();
                }
            }
        }
    }

    private static void keepOnPortalOrMarkExternal(Element link, String externalText) {
        String href = asBrowserReadsIt(link.attr("href"));
        Matcher scheme = SCHEME.matcher(href);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            String rest = href.substring(scheme.end());
            if ((name.equals("http") || name.equals("https")) && hasHost(rest)) {
                markExternal(link, name + "://" + withoutLeadingSlashes(rest), externalText);
            } else if (name.equals("mailto")) {
                link.attr("href", href);
            } else {
                // also "http:host" without slashes: a browser reads it as another site or as a portal path,
                // depending on whether the portal runs on http or https
                link.removeAttr("href");
            }
        } else if (href.startsWith("//")) {
            if (hasHost(href)) {
                markExternal(link, "https://" + withoutLeadingSlashes(href), externalText);
            } else {
                link.removeAttr("href");
            }
        } else {
            link.attr("href", href);
        }
    }

    private static void markExternal(Element link, String href, String externalText) {
        link.attr("href", href).attr("rel", EXTERNAL_REL).addClass(EXTERNAL_LINK_CLASS);
        link.appendElement("span").addClass("visually-hidden").text(" " + externalText);
    }

    /** "//host…" with a host: a browser skips any number of slashes before it. */
    private static boolean hasHost(String afterScheme) {
        if (!afterScheme.startsWith("//")) {
            return false;
        }
        String host = withoutLeadingSlashes(afterScheme);
        return !host.isEmpty() && "?#".indexOf(host.charAt(0)) < 0;
    }

    private static String withoutLeadingSlashes(String address) {
        int start = 0;
        while (start < address.length() && address.charAt(start) == '/') {
            start++;
        }
        return address.substring(start);
    }

    /**
     * The address as a browser's URL parser sees it: C0 controls and spaces around it dropped, tabs and line breaks
     * anywhere removed, and backslashes before the query taken as slashes (as for http and https).
     */
    static String asBrowserReadsIt(String href) {
        int start = 0;
        int end = href.length();
        while (start < end && href.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && href.charAt(end - 1) <= ' ') {
            end--;
        }
        String trimmed = href.substring(start, end).replaceAll("[\\t\\n\\r]", "");
        int query = indexOfAny(trimmed, "?#");
        return trimmed.substring(0, query).replace('\\', '/') + trimmed.substring(query);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
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

    /**
     * Writes an author's inline HTML as it is, except the start and end tags of swallowing elements, which become
     * marks for {@link #dropSwallowingElements}. Text the author typed can never produce a mark: CommonMark escapes
     * it, and NUL is replaced before parsing.
     */
    private static final class MarkedSwallowingTags implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        MarkedSwallowingTags(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            String literal = ((HtmlInline) node).getLiteral();
            Matcher tag = TAG_NAME.matcher(literal);
            if (tag.find() && CONTENT_SWALLOWING.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
                String kind = tag.group(1).isEmpty() ? "<" : "/";
                context.getWriter().raw(MARK + kind + tag.group(2).toLowerCase(Locale.ROOT) + MARK);
            } else if (context.shouldEscapeHtml()) {
                context.getWriter().text(literal);
            } else {
                context.getWriter().raw(literal);
            }
        }
    }
}
