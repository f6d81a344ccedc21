package nl.kwartiermaker.story;

/** One stored width of a story's picture, as it is sent to the browser. */
public record StoryImageFile(byte[] bytes, String contentType, int width, int height) {

    public StoryImageFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
