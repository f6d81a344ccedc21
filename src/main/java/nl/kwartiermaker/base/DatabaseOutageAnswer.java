package nl.kwartiermaker.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request that failed because the database cannot be reached with 503, which the error page
 * ({@link PlainErrorPage}) shows as "temporarily unavailable". Needed because Spring MVC takes a failure caused by an
 * {@code EOFException} or a reset connection — what a database driver reports when its server is killed — for a
 * browser that went away, and answers it with an empty page.
 */
@Component
class DatabaseOutageAnswer implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswer.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("{} {} failed, the database cannot be reached: {}", request.getMethod(), request.getRequestURI(),
                DatabaseOutage.summary(failure));
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** Just after Spring Boot's own resolver, which only notes the failure for the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
