package nl.kwartiermaker.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import nl.kwartiermaker.base.InvalidInput;
import nl.kwartiermaker.base.PortalLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link to a document the server makes when asked: an export, a report. If making it fails, the person is told so
 * on the page in their language, never shown a JSON body or an error page, and the failure is logged once.
 *
 * <p>A plain link cannot do that: its download runs in a request of its own, whose answer the browser keeps to itself
 * (at most "download failed"), and the page hears nothing of it. So a click is taken over: the document is made in
 * the click's round trip, where a failure becomes a notification, and a document that was made is handed to the
 * browser through a one-off link to this link's own address. The address still works on its own, for a middle click
 * or a script: it makes the document afresh and answers a failure with a short text in the person's language.
 */
public class DownloadLink extends Anchor {

    /** A made document, as the browser receives it. */
    public record Document(String fileName, String contentType, byte[] bytes) implements Serializable {
    }

    private static final Logger log = LoggerFactory.getLogger(DownloadLink.class);
    /** How long a document made on a click waits for the browser to fetch it; later, the address makes a new one. */
    private static final Duration PREPARED_FOR = Duration.ofMinutes(1);

    private final SerializableSupplier<Document> maker;
    // set on the click's round trip, taken by the download request, which runs outside the UI lock
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();
    // both read when the link is attached, under the UI lock, for the download request that runs without it
    private Locale locale = PortalLocales.DUTCH;
    private String name;

    /**
     * @param maker makes the document; it runs for each download and may throw, e.g. {@link InvalidInput} with the
     *              message to show
     */
    public DownloadLink(String text, SerializableSupplier<Document> maker) {
        this.maker = maker;
        this.name = text;
        setText(text);
        setHref(this::serve, AttachmentType.DOWNLOAD);
        getElement().addEventListener("click", e -> prepare()).preventDefault();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        locale = attachEvent.getUI().getLocale();
        name = getElement().hasAttribute("aria-label") ? getElement().getAttribute("aria-label") : getText();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        prepared.set(null);
        super.onDetach(detachEvent);
    }

    /** On a click, in the UI: make the document, then let the browser fetch it, or say why it cannot. */
    void prepare() {
        Document document;
        try {
            document = maker.get();
        } catch (RuntimeException e) {
            Notices.error(getTranslation(logged(e), messageParams(e)));
            return;
        }
        prepared.set(new Prepared(document, Instant.now()));
        getElement().executeJs("""
                const a = document.createElement('a');
                a.href = this.href;
                a.download = '';
                a.setAttribute('router-ignore', '');
                document.body.append(a);
                a.click();
                a.remove();""");
    }

    /** The download request: the document made on the click, or a new one for a request that came on its own. */
    private void serve(DownloadEvent event) throws IOException {
        Prepared ready = prepared.getAndSet(null);
        Document document;
        if (ready != null && ready.madeAt().plus(PREPARED_FOR).isAfter(Instant.now())) {
            document = ready.document();
        } else {
            try {
                document = maker.get();
            } catch (RuntimeException e) {
                refuse(event, e);
                return;
            }
        }
        event.setFileName(document.fileName());
        event.setContentType(document.contentType());
        event.setContentLength(document.bytes().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(document.bytes());
        }
    }

    private void refuse(DownloadEvent event, RuntimeException e) throws IOException {
        String text = getTranslation(locale, logged(e), messageParams(e));
        VaadinResponse response = event.getResponse();
        response.setStatus(e instanceof AccessDeniedException ? HttpStatusCode.FORBIDDEN.getCode()
                : e instanceof InvalidInput ? HttpStatusCode.BAD_REQUEST.getCode()
                : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
        event.setContentType("text/plain;charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Logs a failure once and gives the key of the message for the person: refused input is no fault (info), a
     * refused right is one line, anything else is a bug and gets its stack trace.
     */
    private String logged(RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            log.info("Download of \"{}\" refused: {}", name, invalid.messageKey());
            return invalid.messageKey();
        }
        if (e instanceof AccessDeniedException) {
            log.warn("Download of \"{}\" refused: {}", name, e.getMessage());
            return "error.action.denied";
        }
        log.error("Download of \"{}\" failed", name, e);
        return "error.download";
    }

    private static Object[] messageParams(RuntimeException e) {
        return e instanceof InvalidInput invalid ? invalid.params() : new Object[0];
    }

    private record Prepared(Document document, Instant madeAt) implements Serializable {
    }
}
