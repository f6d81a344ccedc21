package nl.kwartiermaker.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's own address, for links that leave it. Mail always uses the configured address
 * ({@code KWARTIERMAKER_BASE_URL}, required in production): a mail is read elsewhere, later. A link shown on a page
 * uses the configured address too, and when none is set (a demo, or a first try on another port) the address the
 * person's browser used to reach this page — so a link built on port 9090 points to port 9090.
 */
@Component
public class PortalAddress {

    private final String configured;
    private final String fallback;

    PortalAddress(@Value("${kwartiermaker.base-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = withoutTrailingSlash(configured == null ? "" : configured.strip());
        this.fallback = "http://localhost:" + port;
    }

    /** An absolute link for a mail: the configured address, else this machine's. {@code path} starts with "/". */
    public String forMail(String path) {
        return (configured.isEmpty() ? fallback : configured) + path;
    }

    /** An absolute link to show on a page: the configured address, else the one this request came to. */
    public String forPage(String path) {
        if (!configured.isEmpty()) {
            return configured + path;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath() + path;
        }
        return fallback + path;
    }

    private static String withoutTrailingSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
