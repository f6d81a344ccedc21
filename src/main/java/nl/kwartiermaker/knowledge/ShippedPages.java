package nl.kwartiermaker.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The knowledge-base pages that ship with the portal: {@code src/main/resources/kennisbank/<slug>.md}, each opening
 * with a block of {@code key: value} lines between {@code ---} (title, summary, category, order and one
 * {@code source:} line per source). They are versioned with the code; the checksum tells a new version apart.
 */
@Component
class ShippedPages {

    record ShippedPage(String slug, PageCategory category, int order, PageContent content, String checksum) {
    }

    private final List<ShippedPage> pages;

    ShippedPages() {
        this(load("classpath*:kennisbank/*.md"));
    }

    ShippedPages(List<ShippedPage> pages) {
        this.pages = pages.stream().sorted(Comparator.comparing(ShippedPage::category)
                .thenComparingInt(ShippedPage::order)).toList();
    }

    List<ShippedPage> all() {
        return pages;
    }

    Optional<ShippedPage> find(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    private static List<ShippedPage> load(String pattern) {
        try {
            List<ShippedPage> result = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String name = resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    result.add(parse(name.substring(0, name.length() - ".md".length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped knowledge-base pages", e);
        }
    }

    static ShippedPage parse(String slug, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new IllegalStateException("Knowledge page " + slug + " has no front matter");
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            throw new IllegalStateException("Knowledge page " + slug + " has unterminated front matter");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (String line : normalised.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("source")) {
                sources.add(value);
            } else {
                fields.put(key, value);
            }
        }
        String body = normalised.substring(normalised.indexOf('\n', end + 1) + 1);
        for (String required : List.of("title", "summary", "category", "order")) {
            if (!fields.containsKey(required)) {
                throw new IllegalStateException("Knowledge page " + slug + " lacks '" + required + "'");
            }
        }
        PageContent content = new PageContent(fields.get("title"), fields.get("summary"), body, sources);
        return new ShippedPage(slug, PageCategory.parse(fields.get("category")),
                Integer.parseInt(fields.get("order")), content, checksum(normalised));
    }

    private static String checksum(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
