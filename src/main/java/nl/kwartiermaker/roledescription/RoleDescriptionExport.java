package nl.kwartiermaker.roledescription;

/** A generated document to download. */
public record RoleDescriptionExport(String fileName, String contentType, byte[] bytes) {

    /** Which document: the description itself, the vacancy, or the interview questions. */
    public enum Kind { DESCRIPTION, VACANCY, INTERVIEW }

    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }
}
