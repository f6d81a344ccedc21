package nl.kwartiermaker.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The knowledge page on the pool cites the key of seed 003, and the demo pool plans with those same percentages. */
class PoolKnowledgePageTest {

    @Test
    void the_knowledge_page_table_holds_the_demo_key_of_all_14_municipalities_adding_up_to_100_percent()
            throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/kennisbank/regionale-pool.md")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(DemoPool.KEY).hasSize(14);
        DemoPool.KEY.forEach((name, percentage) -> assertThat(page).as(name)
                .contains("| " + name + " | " + percentage.replace('.', ',') + " % |"));
        assertThat(DemoPool.KEY.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100.00");
        assertThat(page).contains("| **Totaal** | **100,00 %** |").contains("reële vraag meer leidend");
    }
}
