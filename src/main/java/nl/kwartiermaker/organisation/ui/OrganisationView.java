package nl.kwartiermaker.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.ComponentTexts;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Marks;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.organisation.OrganisationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Beheerder sets the organisation's name and logo, which exported documents carry. */
@Route("beheer/organisatie")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(order = 89, title = "organisation.menu", icon = "vaadin:building")
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(OrganisationView.class);

    private final transient OrganisationService organisation;
    final TextField name = new TextField();
    final Button saveName = new Button();
    final Upload upload;
    private final Div logoArea = new Div();
    // translated while the view is built: the upload's request has no UI lock to read the language with
    private final String tooLarge;
    private OrganisationSettings settings;

    OrganisationView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassName("page");
        settings = organisation.settings();
        add(new ViewHeader(getTranslation("organisation.title"), getTranslation("organisation.purpose")));

        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(OrganisationService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setValue(settings.name());
        name.setWidthFull();
        saveName.setText(getTranslation("action.save"));
        saveName.addThemeVariants(ButtonVariant.PRIMARY);
        saveName.addClickListener(e -> saveName());
        Section nameSection = new Section(new H2(getTranslation("organisation.name.heading")), name, saveName);
        nameSection.addClassName("card");

        tooLarge = getTranslation("organisation.error.logo.size", OrganisationService.LOGO_MAX_BYTES / 1024);
        upload = new Upload(this::receive);
        upload.setI18n(ComponentTexts.upload(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OrganisationService.LOGO_MAX_BYTES);
        upload.setAcceptedFileTypes(OrganisationService.PNG, OrganisationService.JPEG, ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("organisation.error.logo.rejected",
                OrganisationService.LOGO_MAX_BYTES / 1024)));
        upload.getElement().setAttribute("aria-label", getTranslation("organisation.logo.upload"));
        Section logoSection = new Section(new H2(getTranslation("organisation.logo.heading")),
                new Paragraph(getTranslation("organisation.logo.help", OrganisationService.LOGO_MAX_BYTES / 1024,
                        OrganisationService.LOGO_MIN_SIDE, OrganisationService.LOGO_MAX_SIDE)),
                logoArea, upload);
        logoSection.addClassName("card");
        add(nameSection, logoSection);
        showLogo();
    }

    void saveName() {
        try {
            settings = organisation.rename(settings.version(), name.getValue());
            name.setInvalid(false);
            Notices.success(getTranslation("organisation.saved"));
        } catch (InvalidInput e) {
            // shown at the field it is about, where the person is typing
            name.setErrorMessage(getTranslation(e.messageKey(), e.params()));
            name.setInvalid(true);
        }
    }

    /**
     * Reads an upload, but never more than the size limit: the browser's own check is only a courtesy, and a request
     * sent past it must neither fill the memory nor end in an error log. Runs outside the UI lock, on the upload's
     * request; what the person sees is handed to the UI.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(OrganisationService.LOGO_MAX_BYTES + 1);
        }
        if (bytes.length > OrganisationService.LOGO_MAX_BYTES) {
            log.warn("Logo upload refused: larger than {} bytes", OrganisationService.LOGO_MAX_BYTES);
            event.reject(tooLarge);
            ui.access(() -> {
                Notices.error(tooLarge);
                upload.clearFileList();
            });
            return;
        }
        ui.access(() -> replaceLogo(bytes));
    }

    void replaceLogo(byte[] bytes) {
        try {
            settings = organisation.replaceLogo(settings.version(), bytes);
            Notices.success(getTranslation("organisation.logo.saved"));
            showLogo();
        } finally {
            upload.clearFileList();
        }
    }

    private void showLogo() {
        logoArea.removeAll();
        if (!settings.hasLogo() && !settings.storedLogoUnreadable()) {
            logoArea.add(new Paragraph(getTranslation("organisation.logo.none")));
            return;
        }
        if (settings.storedLogoUnreadable()) {
            logoArea.add(Marks.note(getTranslation("organisation.logo.unreadable")));
        } else {
            byte[] logo = settings.logo();
            String type = settings.logoType();
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(logo), "logo", type, logo.length)), getTranslation("organisation.logo.alt"));
            image.addClassName("organisation-logo");
            logoArea.add(image);
        }
        Button remove = new Button(getTranslation("organisation.logo.remove"), e -> Confirmation.ask(
                getTranslation("organisation.logo.remove"), getTranslation("organisation.logo.remove.confirm"),
                getTranslation("organisation.logo.remove"), () -> {
                    settings = organisation.removeLogo(settings.version());
                    Notices.success(getTranslation("organisation.logo.removed"));
                    showLogo();
                }));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        logoArea.add(remove);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "organisation.title");
    }
}
