package nl.kwartiermaker.floor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The least an app on the portal's stack does at start-up: Spring, Vaadin, Hibernate with one entity, Liquibase. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class FloorApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
