package nl.kwartiermaker.story.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.story.Story;
import nl.kwartiermaker.story.StoryImageService;

/**
 * A story's picture in the editor: the alt text (required, because a picture without one says nothing to someone who
 * cannot see it), the upload and a preview of the portal's own encoding. The file goes to the server as it is; all
 * checks happen there, the browser's type and size filter is only a courtesy.
 */
class StoryImageField extends VerticalLayout {

    final TextField alt = new TextField();
    final Upload upload;
    final Button saveAlt = new Button();
    final Button remove = new Button();
    private final Div preview = new Div();
    private final transient StoryImageService images;
    private final transient Consumer<Story> onSaved;
    private final long storyId;
    // translated while the field is built: the upload's request has no UI lock to read the language with
    private final String tooLarge;
    private long storyVersion;
    private String imageName;

    StoryImageField(StoryImageService images, long storyId, long storyVersion, Consumer<Story> onSaved) {
        this.images = images;
        this.storyId = storyId;
        this.storyVersion = storyVersion;
        this.onSaved = onSaved;
        setPadding(false);
        addClassName("story-image-field");

        alt.setLabel(getTranslation("story.image.alt"));
        alt.setHelperText(getTranslation("story.image.alt.help"));
        alt.setMaxLength(Story.ALT_MAX);
        alt.setWidthFull();

        int maxMegabytes = images.maxBytes() / (1024 * 1024);
        tooLarge = getTranslation("story.image.error.size", maxMegabytes);
        upload = new Upload(this::receive);
        upload.setI18n(ComponentTexts.upload(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(images.maxBytes());
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("story.image.error.rejected",
                maxMegabytes)));
        upload.getElement().setAttribute("aria-label", getTranslation("story.image.upload"));

        saveAlt.setText(getTranslation("story.image.alt.save"));
        saveAlt.addClickListener(e -> saveAlt());
        remove.setText(getTranslation("story.image.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClickListener(e -> Confirmation.ask(getTranslation("story.image.remove"),
                getTranslation("story.image.remove.confirm"), getTranslation("story.image.remove"), this::remove));
        HorizontalLayout actions = new HorizontalLayout(saveAlt, remove);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        add(preview, alt, new Paragraph(getTranslation("story.image.help", maxMegabytes)), upload, actions);
        show(images.editableStory(storyId));
        this.storyVersion = storyVersion;
    }

    /** The editor saved the story's text: the next picture change must name that version. */
    void storySaved(Story story) {
        storyVersion = story.getVersion();
    }

    /** Shows the story's current picture; the editor calls this with the story it loaded. */
    void show(Story story) {
        storyVersion = story.getVersion();
        imageName = story.getImageName();
        alt.setValue(story.getImageAlt() == null ? "" : story.getImageAlt());
        alt.setInvalid(false);
        preview.removeAll();
        if (imageName == null) {
            preview.add(new Paragraph(getTranslation("story.image.none")));
        } else {
            Image image = new Image(StoryImageService.path(imageName, 480), story.getImageAlt());
            image.getElement().setAttribute("srcset", StoryImageService.path(imageName, 480) + " 480w, "
                    + StoryImageService.path(imageName, 960) + " 960w");
            image.getElement().setAttribute("sizes", "(max-width: 520px) 100vw, 480px");
            image.addClassName("story-image-preview");
            image.getStyle().set("max-width", "100%").set("height", "auto");
            preview.add(image);
        }
        saveAlt.setVisible(imageName != null);
        remove.setVisible(imageName != null);
    }

    /**
     * Reads the upload, but never more than one byte past the limit, so a request sent past the browser's check
     * neither fills the memory nor ends in an error log. Runs outside the UI lock; the saving is handed to the UI.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        int max = images.maxBytes();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(max + 1);
        }
        if (bytes.length > max) {
            event.reject(tooLarge);
            ui.access(() -> {
                Notices.error(tooLarge);
                upload.clearFileList();
            });
            return;
        }
        String fileName = event.getFileName();
        ui.access(() -> store(fileName, bytes));
    }

    void store(String fileName, byte[] bytes) {
        try {
            saved(images.attach(storyId, storyVersion, fileName, bytes, alt.getValue()));
            Notices.success(getTranslation("story.image.saved"));
        } catch (InvalidInput refused) {
            refuse(refused);
        } finally {
            upload.clearFileList();
        }
    }

    void saveAlt() {
        try {
            saved(images.describe(storyId, storyVersion, alt.getValue()));
            Notices.success(getTranslation("story.image.alt.saved"));
        } catch (InvalidInput refused) {
            refuse(refused);
        }
    }

    void remove() {
        saved(images.remove(storyId, storyVersion));
        Notices.success(getTranslation("story.image.removed"));
    }

    private void refuse(InvalidInput refused) {
        String message = getTranslation(refused.messageKey(), refused.params());
        if (refused.messageKey().startsWith("story.image.error.alt")) {
            // shown at the field it is about, where the person types the text
            alt.setErrorMessage(message);
            alt.setInvalid(true);
        } else {
            Notices.error(message);
        }
    }

    private void saved(Story story) {
        show(story);
        onSaved.accept(story);
    }
}
