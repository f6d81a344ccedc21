package nl.kwartiermaker.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.Length;
import org.hibernate.annotations.Immutable;

/**
 * A half-yearly report as it was issued when finalised: its figures (a JSON snapshot of {@link PoolReportContent})
 * and the PDF and DOCX exactly as they were handed out, in the language of who finalised it. Written once, never
 * updated: hours corrected afterwards change the planning, not what was reported.
 */
@Entity
@Immutable
@Table(name = "pool_report_issue")
class IssuedReport {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Lob
    @Column(name = "snapshot", nullable = false, length = Length.LONG32)
    private String snapshot;

    @Lob
    @Column(name = "pdf", nullable = false, length = Length.LONG32)
    private byte[] pdf;

    @Lob
    @Column(name = "docx", nullable = false, length = Length.LONG32)
    private byte[] docx;

    /** The language it was issued in, for whoever reads the table. */
    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    protected IssuedReport() {
    }

    IssuedReport(long reportId, String snapshot, byte[] pdf, byte[] docx, Locale locale) {
        this.reportId = reportId;
        this.snapshot = snapshot;
        this.pdf = pdf.clone();
        this.docx = docx.clone();
        this.locale = locale.toLanguageTag();
    }

    byte[] getPdf() {
        return pdf.clone();
    }

    byte[] getDocx() {
        return docx.clone();
    }
}
