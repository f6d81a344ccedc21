package nl.kwartiermaker.roledescription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** The text blocks shipped with the portal, written from the seeds (roledescription/text-blocks.yaml). */
@Component
class TextBlockLibrary {

    private final List<TextBlock> blocks;

    TextBlockLibrary() {
        this.blocks = load();
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static List<TextBlock> load() {
        try (InputStream in = TextBlockLibrary.class.getResourceAsStream("/roledescription/text-blocks.yaml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            return ((List<Map<String, String>>) yaml.get("blocks")).stream()
                    .map(b -> new TextBlock(DescriptionSection.valueOf(b.get("section")), b.get("title"), b.get("text"),
                            b.get("source")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text blocks", e);
        }
    }
}
