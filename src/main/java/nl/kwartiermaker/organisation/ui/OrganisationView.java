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
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.Role;
import nl.kwartiermaker.base.ui.Confirmation;
import nl.kwartiermaker.base.ui.Notices;
import nl.kwartiermaker.base.ui.PageTitles;
import nl.kwartiermaker.base.ui.ViewHeader;
import nl.kwartiermaker.organisation.OrganisationService;
import nl.kwartiermaker.organisation.OrganisationSettings;
import org.springframework.dao.OptimisticLockingFailureException;

/** The Beheerder sets the organisation's name and logo, which exported documents carry. */
@Route("beheer/organisatie")
@RolesAllowed(Role.Names.BEHEERDER)
@Menu(order = 89, title = "organisation.menu", icon = "vaadin:building")
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrganisationService organisation;
    final TextField name = new TextField();
    final Button saveName = new Button();
    final Upload upload;
    private final Div logoArea = new Div();
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

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> UI.getCurrent().access(
                () -> replaceLogo(bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OrganisationService.LOGO_MAX_BYTES);
        upload.setAcceptedFileTypes(OrganisationService.PNG, OrganisationService.JPEG, ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("organisation.error.logo.rejected",
                OrganisationService.LOGO_MAX_BYTES / 1024)));
        upload.getElement().setAttribute("aria-label", getTranslation("organisation.logo.upload"));
        Section logoSection = new Section(new H2(getTranslation("organisation.logo.heading")),
                new Paragraph(getTranslation("organisation.logo.help", OrganisationService.LOGO_MAX_BYTES / 1024)),
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
            name.setErrorMessage(getTranslation(e.messageKey(), e.params()));
            name.setInvalid(true);
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("error.conflict"));
        }
    }

    void replaceLogo(byte[] bytes) {
        try {
            settings = organisation.replaceLogo(settings.version(), bytes);
            Notices.success(getTranslation("organisation.logo.saved"));
            showLogo();
        } catch (InvalidInput e) {
            Notices.error(getTranslation(e.messageKey(), e.params()));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("error.conflict"));
        }
        upload.clearFileList();
    }

    private void showLogo() {
        logoArea.removeAll();
        if (!settings.hasLogo()) {
            logoArea.add(new Paragraph(getTranslation("organisation.logo.none")));
            return;
        }
        byte[] logo = settings.logo();
        String type = settings.logoType();
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(logo), "logo", type, logo.length)), getTranslation("organisation.logo.alt"));
        image.addClassName("organisation-logo");
        Button remove = new Button(getTranslation("organisation.logo.remove"), e -> Confirmation.ask(
                getTranslation("organisation.logo.remove"), getTranslation("organisation.logo.remove.confirm"),
                getTranslation("organisation.logo.remove"), () -> {
                    try {
                        settings = organisation.removeLogo(settings.version());
                        Notices.success(getTranslation("organisation.logo.removed"));
                        showLogo();
                    } catch (OptimisticLockingFailureException ex) {
                        Notices.error(getTranslation("error.conflict"));
                    }
                }));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        logoArea.add(image, remove);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "organisation.title");
    }
}
