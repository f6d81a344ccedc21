package nl.kwartiermaker.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and UIs (open browser tabs) this node holds, for monitoring (decision 0018): memory per
 * session is what limits a node, and a count that keeps rising while people leave points at sessions not being
 * closed. Counted as Vaadin creates and closes them, so a scrape costs nothing.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(e -> sessions.incrementAndGet());
        service.addSessionDestroyListener(e -> sessions.decrementAndGet());
        service.addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detached -> uis.decrementAndGet());
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kwartiermaker.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
        Gauge.builder("kwartiermaker.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) open on this node").register(registry);
    }
}
