package nl.kwartiermaker.pool;

import static nl.kwartiermaker.base.InvalidInput.require;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalTime;
import nl.kwartiermaker.base.SensitiveDataRead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The half-yearly reports (seed 003, parts a–e), one per half-year for each municipality and one for the region. The
 * coordinator starts, writes and finalises them; finalising keeps the figures as issued and the PDF and DOCX exactly
 * as handed out, and from then on the report never changes: later corrections of hours change the planning, not a
 * report that was issued. A partner contact reads only finalised reports: their own municipality's and the region's;
 * anything else is "not found". Downloads of a draft are made afresh and carry the concept mark.
 */
@Service
@Transactional(readOnly = true)
public class PoolReportService {

    /** A report as listed: no figures and no files. {@code partnerName} is null for the region. */
    public record Summary(long id, Long partnerId, String partnerName, PoolPeriod period, PoolReportStatus status,
                          Instant finalisedAt) {
    }

    /** A report's place in a half-year: the region (no partner) or a municipality, with its report if started. */
    public record ScopeLine(Long partnerId, String partnerName, Summary report) {
    }

    /**
     * A report opened for reading: its texts and status, the figures (live for a draft, as issued if final) and the
     * document they make in the reader's language.
     */
    public record Opened(PoolReport report, String partnerName, PoolReportContent content, ReportDocument document) {
    }

    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        public final String extension;
        public final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    public record ReportFile(String fileName, String contentType, byte[] bytes) {
    }

    /** What the audit line of a download calls a report. */
    public static final String AUDITED_AS = "pool-rapportage";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PoolReportRepository reports;
    private final IssuedReportRepository issued;
    private final PoolPartnerRepository partners;
    private final PartnerContactRepository contacts;
    private final PoolAccess access;
    private final PoolReportFigures figures;
    private final ReportWriter writer;
    private final PortalTime time;
    private final ApplicationEventPublisher events;

    PoolReportService(PoolReportRepository reports, IssuedReportRepository issued, PoolPartnerRepository partners,
                      PartnerContactRepository contacts, PoolAccess access, PoolReportFigures figures,
                      ReportWriter writer, PortalTime time, ApplicationEventPublisher events) {
        this.reports = reports;
        this.issued = issued;
        this.partners = partners;
        this.contacts = contacts;
        this.access = access;
        this.figures = figures;
        this.writer = writer;
        this.time = time;
        this.events = events;
    }

    /** The region and every municipality for one half-year, each with its report if it was started. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    public List<ScopeLine> halfYear(PoolPeriod period) {
        requireHalfYear(period);
        Map<Long, PoolReport> started = reports.findByPeriod(period.year(), period.half()).stream()
                .collect(Collectors.toMap(r -> r.isRegional() ? PoolReport.REGION : r.getPartnerId(),
                        Function.identity()));
        List<ScopeLine> lines = new ArrayList<>();
        PoolReport region = started.get(PoolReport.REGION);
        lines.add(new ScopeLine(null, null, region == null ? null : summary(region, null)));
        for (PoolPartner partner : partners.findAllByOrderByNameAsc()) {
            PoolReport report = started.get(partner.getId());
            if (partner.isActive() || report != null) {
                lines.add(new ScopeLine(partner.getId(), partner.getName(),
                        report == null ? null : summary(report, partner.getName())));
            }
        }
        return lines;
    }

    /** The finalised reports the signed-in person may read, newest first: for a contact their own and the region's. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public List<Summary> finalised() {
        Set<Long> scopes = new HashSet<>(access.partnerIds());
        if (scopes.isEmpty()) {
            return List.of();
        }
        scopes.add(PoolReport.REGION);
        Map<Long, String> names = partnerNames();
        return reports.findFinalForScopes(scopes).stream()
                .map(r -> summary(r, r.isRegional() ? null : names.get(r.getPartnerId()))).toList();
    }

    /** Starts the report of a municipality ({@code partnerId}) or of the region (null) for a half-year. */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolReport start(Long partnerId, PoolPeriod period) {
        requireHalfYear(period);
        require(!period.firstDay().isAfter(time.today()), "pool.reports.error.future");
        if (partnerId != null) {
            partners.findById(partnerId).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        }
        require(!reports.existsByScopeAndYearAndHalf(partnerId == null ? PoolReport.REGION : partnerId,
                period.year(), period.half()), "pool.reports.error.exists");
        try {
            return reports.saveAndFlush(new PoolReport(partnerId, period));
        } catch (DataIntegrityViolationException startedAtTheSameTime) {
            // the unique key caught a colleague who started the same report a moment earlier
            throw new InvalidInput("pool.reports.error.exists");
        }
    }

    @PreAuthorize(PoolAccess.MAY_USE)
    public Opened open(long id, Locale locale) {
        PoolReport report = visible(id);
        String partnerName = partnerName(report);
        PoolReportContent content = report.isFinal()
                ? JSON.readValue(issued.findSnapshot(id).orElseThrow(), PoolReportContent.class)
                : figures.read(report.getPartnerId(), partnerName, report.period());
        return new Opened(report, partnerName, content, writer.write(report, content, locale));
    }

    /** The half-years a report can be about, newest first: from the year of the first key to the current one. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public List<PoolPeriod> halfYears() {
        PoolPeriod current = PoolPeriod.halfYearOf(time.today());
        int first = reports.firstKeyDay().map(LocalDate::getYear).orElse(current.year());
        List<PoolPeriod> periods = new ArrayList<>();
        for (int year = current.year(); year >= Math.min(first, current.year()); year--) {
            for (int half = 2; half >= 1; half--) {
                PoolPeriod period = new PoolPeriod(year, half);
                if (!period.firstDay().isAfter(current.firstDay())) {
                    periods.add(period);
                }
            }
        }
        return periods;
    }

    /** The half-year whose reports are due now: the last one that ended. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public PoolPeriod lastEnded() {
        return PoolReportTasks.lastEnded(time.today());
    }

    /** "Eerste halfjaar 2026": how pages, documents and mails name a half-year. */
    @PreAuthorize(PoolAccess.MAY_USE)
    public String periodName(PoolPeriod period, Locale locale) {
        return writer.periodName(period, locale);
    }

    /** Saves the coordinator's texts of a draft (parts c, d and e). */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolReport write(long id, long expectedVersion, PoolReportTexts texts) {
        PoolReport report = draft(id, expectedVersion);
        report.write(texts);
        return reports.saveAndFlush(report);
    }

    /**
     * Saves the texts and finalises the report once its half-year has ended: the figures as they are now, and the PDF
     * and DOCX in {@code locale}, are kept as issued, and the contacts it concerns are told.
     */
    @PreAuthorize(PoolAccess.COORDINATOR)
    @Transactional
    public PoolReport finalise(long id, long expectedVersion, PoolReportTexts texts, Locale locale) {
        PoolReport report = draft(id, expectedVersion);
        require(report.period().lastDay().isBefore(time.today()), "pool.reports.error.not_ended");
        report.write(texts);
        String partnerName = partnerName(report);
        PoolReportContent content = figures.read(report.getPartnerId(), partnerName, report.period());
        report.finalise(time.now(), access.me().displayName());
        ReportDocument document = writer.write(report, content, locale);
        issued.save(new IssuedReport(id, JSON.writeValueAsString(content), ReportPdf.render(document, locale),
                ReportDocx.render(document), locale));
        PoolReport saved = reports.saveAndFlush(report);
        List<PartnerContact> concerned = report.isRegional() ? contacts.findAll()
                : contacts.findByPartnerId(report.getPartnerId());
        events.publishEvent(new PoolReportFinalised(id, partnerName, report.period().year(), report.period().half(),
                concerned.stream().map(PartnerContact::getUserId).toList()));
        return saved;
    }

    /**
     * The report as PDF or DOCX: a finalised one exactly as it was issued, a draft made now with the concept mark in
     * {@code locale}.
     */
    @PreAuthorize(PoolAccess.MAY_USE)
    @Transactional
    public ReportFile download(long id, Format format, Locale locale) {
        PoolReport report = SensitiveDataRead.exported(AUDITED_AS, AUDITED_AS + "/" + id)
                .check(events, () -> visible(id));
        String partnerName = partnerName(report);
        String scope = partnerName == null ? "regio" : partnerName;
        String period = report.period().year() + "-" + report.period().half();
        String name = "rapportage-" + fileNamePart(scope) + "-" + period;
        // its free texts (progress notes, activities) may name people, and a municipality's copy leaves the
        // organisation: who took which copy is in the audit log
        events.publishEvent(SensitiveDataRead.exported(AUDITED_AS,
                AUDITED_AS + "/" + id + " " + scope + " " + period + " " + format.extension));
        byte[] bytes;
        if (report.isFinal()) {
            IssuedReport issue = issued.findById(id).orElseThrow();
            bytes = format == Format.PDF ? issue.getPdf() : issue.getDocx();
        } else {
            ReportDocument document = writer.write(report,
                    figures.read(report.getPartnerId(), partnerName, report.period()), locale);
            bytes = format == Format.PDF ? ReportPdf.render(document, locale) : ReportDocx.render(document);
            name += "-concept";
        }
        return new ReportFile(name + "." + format.extension, format.contentType, bytes);
    }

    /** A report the signed-in person may read; for a contact only a finalised one of their own or the region. */
    private PoolReport visible(long id) {
        PoolReport report = reports.findById(id).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        if (!access.isCoordinator()) {
            boolean mayRead = report.isFinal() && (report.isRegional() ? !access.partnerIds().isEmpty()
                    : access.maySee(report.getPartnerId()));
            if (!mayRead) {
                throw new InvalidInput("pool.error.notfound");
            }
        }
        return report;
    }

    private PoolReport draft(long id, long expectedVersion) {
        PoolReport report = reports.findById(id).orElseThrow(() -> new InvalidInput("pool.error.notfound"));
        report.requireDraft();
        report.requireVersion(expectedVersion);
        return report;
    }

    private String partnerName(PoolReport report) {
        return report.isRegional() ? null : partners.findById(report.getPartnerId()).map(PoolPartner::getName)
                .orElse("");
    }

    private Map<Long, String> partnerNames() {
        return partners.findAllByOrderByNameAsc().stream()
                .collect(Collectors.toMap(PoolPartner::getId, PoolPartner::getName));
    }

    private static Summary summary(PoolReport report, String partnerName) {
        return new Summary(report.getId(), report.getPartnerId(), partnerName, report.period(), report.getStatus(),
                report.getFinalisedAt());
    }

    private static void requireHalfYear(PoolPeriod period) {
        require(!period.isWholeYear(), "pool.reports.error.half");
    }

    private static String fileNamePart(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ascii.isEmpty() ? "gemeente" : ascii;
    }
}
