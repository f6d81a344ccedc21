package nl.kwartiermaker.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal's error page for a browser whose request failed outside a Vaadin view: before Vaadin was reached (the
 * security filters, a refused address), while Vaadin built the page itself, or in a plain servlet request. It is a
 * small self-contained page — it must work when the database, and so everything Vaadin needs, is gone — in the
 * language the person last saw, else the first of theirs the portal speaks, else Dutch. It never touches the database.
 * Clients that do not ask for HTML keep Spring Boot's JSON answer.
 */
@Component
class PlainErrorPage implements ErrorViewResolver {

    private final PortalI18nProvider i18n;
    private final ErrorAttributes errors;

    PlainErrorPage(PortalI18nProvider i18n, ErrorAttributes errors) {
        this.i18n = i18n;
        this.errors = errors;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Throwable failure = errors.getError(new ServletWebRequest(request));
        HttpStatus shown = status;
        String kind;
        if (status == HttpStatus.SERVICE_UNAVAILABLE || failure != null && DatabaseOutage.causes(failure)) {
            kind = "unavailable";
            shown = HttpStatus.SERVICE_UNAVAILABLE;
        } else if (status == HttpStatus.NOT_FOUND) {
            kind = "notfound";
        } else if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
            kind = "denied";
        } else if (status.is4xxClientError()) {
            kind = "badrequest";
        } else {
            kind = "unexpected";
        }
        Locale locale = localeOf(request);
        String html = page(locale, i18n.translate(locale, "error." + kind + ".title"),
                i18n.translate(locale, "error." + kind + ".text"), i18n.translate(locale, "error.back"),
                request.getContextPath() + "/");
        ModelAndView page = new ModelAndView(new Html(html));
        page.setStatus(shown);
        return page;
    }

    private static Locale localeOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PortalLocales.SHOWN_ATTRIBUTE) instanceof Locale shown) {
            return PortalLocales.supported(shown);
        }
        if (request.getHeader("Accept-Language") == null) {
            return PortalLocales.DUTCH; // the container would offer its own default language instead
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale spoken : PortalLocales.SUPPORTED) {
                if (spoken.getLanguage().equals(wanted.getLanguage())) {
                    return spoken;
                }
            }
        }
        return PortalLocales.DUTCH;
    }

    private String page(Locale locale, String title, String text, String back, String home) {
        String app = i18n.translate(locale, "app.name");
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · %s</title>
                <style>
                  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                         color: #1c2733; background: #fff; line-height: 1.5; }
                  main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.5rem; }
                  .brand { font-weight: 600; color: #1a5079; margin: 0 0 2rem; }
                  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.75rem; }
                  p { margin: 0 0 1.5rem; color: #3b4654; }
                  a { color: #1a5079; font-weight: 600; }
                  a:focus-visible { outline: 3px solid #1a5079; outline-offset: 2px; }
                </style>
                </head>
                <body>
                <main>
                <p class="brand">%s</p>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), escape(title), escape(app), escape(app), escape(title),
                escape(text), escape(home), escape(back));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** Writes the finished page; Spring's view resolution is not needed and, with no template engine, not there. */
    private record Html(String content) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            response.setContentType(getContentType());
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(content);
        }
    }
}
