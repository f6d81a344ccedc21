package nl.kwartiermaker.roledescription;

/** A reusable text for a section: shipped from the seeds (with its source) or the organisation's own (no source). */
public record TextBlock(DescriptionSection section, String title, String text, String source) {

    public boolean isOwn() {
        return source.isEmpty();
    }
}
