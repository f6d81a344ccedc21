package nl.kwartiermaker.pool;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of a full pool, straight through SQL in batches, for tests that show the planning costs the same statements
 * however much there is: every expert deployed one hour a week in every partner municipality, with the hours
 * recorded in every week (issue 15: 14 municipalities × 40 experts × 52 weeks). Every row is marked, so
 * {@link #removeAll()} takes them out again and other tests never see them.
 */
public final class PoolManyRows {

    private static final String MARK = "pool-many-rows-";

    private final JdbcTemplate jdbc;

    public PoolManyRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void fullYear(int year, int experts) {
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        batch("insert into mentoring_person (name, expert, offers_mentoring, offers_buddy, supervisor, team, themes,"
                + " capacity, available, availability_note, version, created_at, created_by, modified_at, modified_by)"
                + " values (?, true, false, false, false, '', 'VERSLAVING', 0, true, '', 0, ?, 'test', ?, 'test')",
                experts, n -> new Object[] {MARK + String.format("%03d", n), now, now});
        jdbc.update("insert into pool_expert (person_id, residence, region_tie, training, core_tasks, hours_available,"
                + " active, version, created_at, created_by, modified_at, modified_by) select id, 'Venlo', ?, 'MBO', '',"
                + " 40, true, 0, ?, 'test', ?, 'test' from mentoring_person where name like ?", MARK, now, now,
                MARK + "%");
        jdbc.update("insert into pool_request (partner_id, theme, pool_role, place, expected_hours, starts_on, ends_on,"
                + " description, status, requested_by_id, version, created_at, created_by, modified_at, modified_by)"
                + " select id, 'VERSLAVING', 'ONE_ON_ONE', ?, 52, ?, ?, '', 'ASSIGNED', 1, 0, ?, 'test', ?, 'test'"
                + " from pool_partner", MARK, Date.valueOf(first), Date.valueOf(last), now, now);
        jdbc.update("insert into pool_deployment (request_id, partner_id, expert_id, hours_per_week, starts_on, ends_on,"
                + " reason, ended, version, created_at, created_by, modified_at, modified_by) select r.id, r.partner_id,"
                + " e.id, 1, ?, ?, ?, false, 0, ?, 'test', ?, 'test' from pool_request r, pool_expert e"
                + " where r.place = ? and e.region_tie = ?", Date.valueOf(first), Date.valueOf(last), MARK, now, now,
                MARK, MARK);
        List<Object[]> deployments = jdbc.query("select id, partner_id, expert_id from pool_deployment where reason = ?",
                (row, n) -> new Object[] {row.getLong(1), row.getLong(2), row.getLong(3)}, MARK);
        List<Object[]> hours = new ArrayList<>();
        for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            for (Object[] d : deployments) {
                hours.add(new Object[] {d[0], d[1], d[2], Date.valueOf(monday), now, now});
            }
        }
        for (int from = 0; from < hours.size(); from += 5_000) {
            jdbc.batchUpdate("insert into pool_hours (deployment_id, partner_id, expert_id, week_start, hours,"
                    + " residents_reached, theme, version, created_at, created_by, modified_at, modified_by)"
                    + " values (?, ?, ?, ?, 1.0, 1, 'VERSLAVING', 0, ?, 'test', ?, 'test')",
                    hours.subList(from, Math.min(hours.size(), from + 5_000)));
        }
    }

    public void removeAll() {
        jdbc.update("delete from pool_hours where deployment_id in (select id from pool_deployment where reason = ?)",
                MARK);
        jdbc.update("delete from pool_deployment where reason = ?", MARK);
        jdbc.update("delete from pool_request where place = ?", MARK);
        jdbc.update("delete from pool_expert where region_tie = ?", MARK);
        jdbc.update("delete from mentoring_person where name like ?", MARK + "%");
    }

    private void batch(String sql, int count, java.util.function.IntFunction<Object[]> row) {
        jdbc.batchUpdate(sql, IntStream.range(0, count).mapToObj(row).toList());
    }
}
