package nl.kwartiermaker.roledescription;

/** Step 7 of the builder: whatever else the organisation wants to say. */
public record FreeSpace(String text) {

    public static final String TEXT = "text";

    public FreeSpace {
        text = RoleDescriptionContent.clean(text);
    }
}
