package nl.kwartiermaker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Small things the field test found in the app shell (issue 11, item 9). */
class SmallRepairsTest {

    @Test
    void initials_leave_out_brackets_and_name_particles() {
        assertThat(MainLayout.initials("Hanneke de Vries (HR)")).isEqualTo("HV");
        assertThat(MainLayout.initials("Bram Beheerder")).isEqualTo("BB");
        assertThat(MainLayout.initials("Ömer")).isEqualTo("Ö");
        assertThat(MainLayout.initials("jan van der berg")).isEqualTo("JB");
        assertThat(MainLayout.initials("(tijdelijk")).isEmpty();
    }

    @Test
    void a_browser_that_went_away_is_told_apart_from_a_real_failure() {
        class ClientAbortException extends IOException {
            ClientAbortException(Throwable cause) {
                super(cause);
            }
        }
        assertThat(UiSetup.clientWentAway(new RuntimeException(new ClientAbortException(new IOException("x")))))
                .isTrue();
        assertThat(UiSetup.clientWentAway(new IOException("Broken pipe"))).isTrue();
        assertThat(UiSetup.clientWentAway(new IllegalStateException("Broken pipe"))).as("only as an I/O error")
                .isFalse();
        assertThat(UiSetup.clientWentAway(new NullPointerException())).isFalse();
    }
}
