package nl.kwartiermaker.roledescription;

import java.util.List;

/**
 * What an export prints, whatever the format: the organisation's name and logo, a title, a line under it, and the
 * parts. PDF and DOCX render the same document, so they cannot drift apart.
 */
public record ExportDocument(String organisationName, byte[] logo, String logoType, String title, String subtitle,
                             List<DocumentPart> parts) {

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }
}
