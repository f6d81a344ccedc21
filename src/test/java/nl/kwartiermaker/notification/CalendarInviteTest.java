package nl.kwartiermaker.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar file is RFC 5545 text that calendars accept and that replaces itself when a session changes. */
class CalendarInviteTest {

    private static final Instant STAMP = Instant.parse("2026-11-29T08:15:00Z");

    private static CalendarInvite invite(String summary, String location, String description) {
        return new CalendarInvite("intervisie-42@portaal.example.nl", 3, LocalDateTime.of(2026, 12, 3, 14, 0),
                Duration.ofMinutes(90), summary, location, description,
                new CalendarInvite.Person("Carla Coördinator", "coordinator@example.nl"),
                new CalendarInvite.Person("Eva \"Evi\" de Vries", "eva@example.nl"));
    }

    /** The logical lines, with folded continuations joined again as a calendar reads them. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void an_invitation_is_a_request_with_a_stable_uid_its_sequence_and_local_times_in_amsterdam() {
        String ics = invite("Intervisie: Groep Noord", "Stadhuis, kamer 2", "Grenzen bewaken").toIcs(STAMP);
        List<String> lines = unfolded(ics);

        assertThat(lines).startsWith("BEGIN:VCALENDAR", "VERSION:2.0").endsWith("END:VCALENDAR");
        assertThat(lines).contains("METHOD:REQUEST", "UID:intervisie-42@portaal.example.nl", "SEQUENCE:3",
                "DTSTAMP:20261129T081500Z", "DTSTART;TZID=Europe/Amsterdam:20261203T140000",
                "DTEND;TZID=Europe/Amsterdam:20261203T153000", "SUMMARY:Intervisie: Groep Noord",
                "LOCATION:Stadhuis\\, kamer 2", "DESCRIPTION:Grenzen bewaken",
                "ORGANIZER;CN=\"Carla Coördinator\":mailto:coordinator@example.nl",
                "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("ATTENDEE;CN=\"Eva Evi de Vries\";").endsWith(":mailto:eva@example.nl"));
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void commas_semicolons_backslashes_and_new_lines_in_text_are_escaped() {
        assertThat(CalendarInvite.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        String ics = invite("Samen; met, elkaar", "", "Regel één\nRegel twee").toIcs(STAMP);
        assertThat(unfolded(ics)).contains("SUMMARY:Samen\\; met\\, elkaar", "DESCRIPTION:Regel één\\nRegel twee",
                "LOCATION:");
    }

    @Test
    void long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        String theme = "Omgaan met stress en kwetsbaarheid – één thema, " + "ééé ".repeat(40);
        String ics = invite("Intervisie", "Zaal", theme).toIcs(STAMP);

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics).contains("\r\n ");
        assertThat(unfolded(ics)).contains("DESCRIPTION:" + CalendarInvite.text(theme));
    }

    @Test
    void a_later_sequence_of_the_same_session_keeps_its_uid() {
        CalendarInvite first = invite("Intervisie", "Zaal", "");
        CalendarInvite moved = new CalendarInvite(first.uid(), 4, first.start().plusDays(7), first.duration(),
                first.summary(), "Andere zaal", "", first.organizer(), first.attendee());
        assertThat(unfolded(moved.toIcs(STAMP))).contains("UID:" + first.uid(), "SEQUENCE:4",
                "DTSTART;TZID=Europe/Amsterdam:20261210T140000");
    }
}
