package nl.kwartiermaker.roledescription;

import java.util.List;

/** One heading of an exported or compared document, with its paragraphs and then its bullet points. */
public record DocumentPart(DescriptionSection section, String heading, List<String> paragraphs, List<String> bullets) {

    public DocumentPart {
        paragraphs = paragraphs.stream().filter(p -> p != null && !p.isBlank()).toList();
        bullets = bullets.stream().filter(b -> b != null && !b.isBlank()).toList();
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty() && bullets.isEmpty();
    }

    /** The whole part as plain text, one line per paragraph or bullet, to compare versions by. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p).append('\n'));
        bullets.forEach(b -> text.append("• ").append(b).append('\n'));
        return text.toString().strip();
    }
}
