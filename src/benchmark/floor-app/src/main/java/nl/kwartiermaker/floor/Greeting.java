package nl.kwartiermaker.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One entity, so that Hibernate builds a metamodel and Liquibase has a table to create. */
@Entity
class Greeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String text;

    protected Greeting() {
    }

    Greeting(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
