package nl.kwartiermaker.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Refuses a multipart upload past the servlet's size limits (spring.servlet.multipart.*) with one warning line and a
 * short answer in the person's language. Without it, the first filter to read a request parameter (Spring Security's
 * CSRF check, through Vaadin's request matcher) makes Tomcat parse the whole body, which fails, and the failure is
 * logged as an error with a stack trace twice: once for the request and once for the error page, which runs the same
 * filters again. The browser's upload component never sends such a request (it sends the file as the raw body and
 * checks the size first); only a hand-made request does, so this is no message a person normally sees. The view's
 * own limit (e.g. the logo's 512 kB) is checked by the view, with its own message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizedUploadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedUploadFilter.class);
    private static final long MEGABYTE = 1024 * 1024;

    private final long maxRequestSize;
    private final PortalI18nProvider i18n;

    OversizedUploadFilter(ObjectProvider<MultipartConfigElement> multipart, PortalI18nProvider i18n) {
        MultipartConfigElement config = multipart.getIfAvailable();
        this.maxRequestSize = config == null ? -1 : config.getMaxRequestSize();
        this.i18n = i18n;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        long length = request.getContentLengthLong();
        if (multipart && maxRequestSize > 0 && length > maxRequestSize) {
            refuse(request, response, length + " bytes, more than the " + maxRequestSize + " allowed", maxRequestSize);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            // a body without a length, or one file past the per-file limit, is only found out while parsing
            Throwable tooLarge = sizeCause(e);
            if (!multipart || tooLarge == null || response.isCommitted()) {
                throw e;
            }
            long permitted = tooLarge instanceof SizeException size ? size.getPermittedSize()
                    : ((MaxUploadSizeExceededException) tooLarge).getMaxUploadSize();
            refuse(request, response, tooLarge.getMessage(), permitted);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason, long permitted)
            throws IOException {
        log.warn("Upload to {} refused as too large: {}", request.getRequestURI(), reason);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().println(i18n.translate(PortalLocales.supported(request.getLocale()),
                "error.upload.too.large", Math.max(1, permitted / MEGABYTE)));
    }

    private static Throwable sizeCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SizeException || t instanceof MaxUploadSizeExceededException) {
                return t;
            }
        }
        return null;
    }
}
