package nl.kwartiermaker;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts a large amount of data in the test database in one go, straight through SQL (services would hash a password
 * per account and take minutes), for tests that show a view's cost does not grow with the data. Every row it adds
 * is marked, so {@link #removeAll()} takes them out again and other tests in the shared context never see them.
 */
public final class ManyRows {

    private static final String MARK = "many-rows-";

    private final JdbcTemplate jdbc;

    public ManyRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void users(int count) {
        Timestamp now = now();
        batch("insert into portal_user (email, display_name, password_hash, active, locale, version, created_at,"
                + " created_by, modified_at, modified_by) values (?, ?, 'no-password', true, 'nl', 0, ?, 'test', ?, 'test')",
                count, n -> new Object[] {MARK + n + "@example.nl", "Persoon " + n, now, now});
        jdbc.update("insert into portal_user_role (user_id, role) select id, 'MEDEWERKER' from portal_user"
                + " where email like '" + MARK + "%'");
    }

    public void auditLines(int count) {
        Timestamp now = now();
        batch("insert into audit_event (occurred_at, actor, action, object_ref, result, client_address, detail)"
                + " values (?, ?, 'USER_RENAMED', ?, 'SUCCESS', '127.0.0.1', null)",
                count, n -> new Object[] {now, MARK + "actor", MARK + n});
    }

    public void unreadNotificationsFor(String email, int count) {
        long userId = jdbc.queryForObject("select id from portal_user where email = ?", Long.class, email);
        Timestamp now = now();
        batch("insert into notification (version, user_id, title, message, link, created_at, read_at)"
                + " values (0, ?, ?, 'Een melding om mee te tellen.', 'kennisbank', ?, null)",
                count, n -> new Object[] {userId, MARK + n, now});
    }

    public void knowledgePages(int count) {
        Timestamp now = now();
        batch("insert into knowledge_page (slug, title, summary, category, sort_order, body, sources, search_text,"
                + " origin, shipped_checksum, locally_edited, version, created_at, created_by, modified_at, modified_by)"
                + " values (?, ?, 'Samenvatting', 'EIGEN', 0, 'Tekst', '', 'tekst', 'OWN', null, false, 0, ?, 'test', ?,"
                + " 'test')",
                count, n -> new Object[] {MARK + n, "Pagina " + n, now, now});
    }

    /** Own checklist items in a traject, some assigned and late, so every column and count has something to do. */
    public void checklistItems(long trajectId, long ownerId, int count) {
        Timestamp now = now();
        batch("insert into checklist_item (traject_id, stage, group_key, group_title, title, explanation, sort_order,"
                + " status, not_applicable_reason, owner_id, due_date, notes, evidence_links, version, created_at,"
                + " created_by, modified_at, modified_by) values (?, ?, 'eigen', '', ?, '', ?, ?, '', ?, ?, '', '', 0, ?,"
                + " 'test', ?, 'test')",
                count, n -> new Object[] {trajectId, n % 2 == 0 ? "FASE_1" : "FASE_2", MARK + n, 1000 + n,
                        n % 3 == 0 ? "GEREED" : "OPEN", n % 4 == 0 ? ownerId : null,
                        java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(n % 5)), now, now});
    }

    /**
     * Trajecten led by {@code projectLeadId}, each with a domain, an expert role and a member (so that loading their
     * collections would show), open to all staff or closed, in the exploring stage without checklist items.
     */
    public void trajecten(int count, long projectLeadId, long memberId, boolean visibleToAllStaff) {
        Timestamp now = now();
        int offset = jdbc.queryForObject("select count(*) from traject where name like ?", Integer.class, MARK + "%");
        batch("insert into traject (name, organisation_unit, starting_point, starting_point_description,"
                + " project_lead_id, start_date, start_small, pilot_teams, planned_experts, line_manager,"
                + " senior_expert_adviser, visible_to_all_staff, archived, stage, template_version, version, created_at,"
                + " created_by, modified_at, modified_by) values (?, 'Team', 'DROOM', '', ?, ?, false, '', 2, 'Leider',"
                + " 'Senior', ?, false, 'VERKENNING', 1, 0, ?, 'test', ?, 'test')",
                // zero-padded, so that the trajecten that sort first are the same however many are added
                count, n -> new Object[] {MARK + String.format("%05d", offset + n), projectLeadId,
                        java.sql.Date.valueOf(java.time.LocalDate.now()), visibleToAllStaff, now, now});
        String marked = "select id from traject where name like '" + MARK + "%'";
        jdbc.update("delete from traject_domain where traject_id in (" + marked + ")");
        jdbc.update("delete from traject_expert_role where traject_id in (" + marked + ")");
        jdbc.update("delete from traject_member where traject_id in (" + marked + ")");
        jdbc.update("insert into traject_domain (traject_id, domain) select id, 'BELEID' from traject"
                + " where name like '" + MARK + "%'");
        jdbc.update("insert into traject_expert_role (traject_id, expert_role) select id, 'ONDERZOEKER' from traject"
                + " where name like '" + MARK + "%'");
        jdbc.update("insert into traject_member (traject_id, user_id, member_role) select id, ?, 'MEDEWERKER'"
                + " from traject where name like '" + MARK + "%'", memberId);
    }

    /**
     * Extra statements for a scan round until it has {@code statements} scored ones, and {@code respondents}
     * responses spread over the round's groups, each answering every statement (scores 0–5 in turn).
     */
    public void scanResponses(long roundId, List<String> groups, int statements, int respondents) {
        Integer present = jdbc.queryForObject("select count(*) from scan_question where round_id = ?"
                + " and open_question = false", Integer.class, roundId);
        int extra = Math.max(0, statements - present);
        batch("insert into scan_question (round_id, position, theme_key, theme_title, question_key, text,"
                + " reverse_scored, open_question, version) values (?, ?, 'kennis', 'Kennis en beeldvorming', ?, ?, ?,"
                + " false, 0)",
                extra, n -> new Object[] {roundId, 1000 + n, MARK + n, "Extra stelling " + n, n % 3 == 0});
        List<Long> questions = jdbc.queryForList("select id from scan_question where round_id = ?"
                + " and open_question = false order by id", Long.class, roundId);
        batch("insert into scan_response (id, round_id, respondent_group) values (?, ?, ?)", respondents,
                n -> new Object[] {MARK + n, roundId, groups.get(n % groups.size())});
        List<Object[]> answers = new java.util.ArrayList<>(respondents * questions.size());
        for (int n = 0; n < respondents; n++) {
            for (int q = 0; q < questions.size(); q++) {
                answers.add(new Object[] {MARK + n, questions.get(q), (n + q) % 6});
            }
        }
        for (int from = 0; from < answers.size(); from += 10_000) {
            jdbc.batchUpdate("insert into scan_answer (response_id, question_id, score, text) values (?, ?, ?, null)",
                    answers.subList(from, Math.min(answers.size(), from + 10_000)));
        }
    }

    /**
     * Role descriptions, each its own lineage with two roles and three tasks, half of them adopted: the rows a list
     * that read every description with its collections would have to go through.
     */
    public void roleDescriptions(int count) {
        Timestamp now = now();
        batch("insert into role_description (version_number, status, title, theme, context, tandem,"
                + " expert_leads_introduction, positioning_notes, line_manager, pay_guidance, collective_agreement,"
                + " conditions, mentor, intervision, supervision, professional_network, support, path_to_paid,"
                + " development, free_section, version, created_at, created_by, modified_at, modified_by)"
                + " values (1, ?, ?, '', 'Context', false, false, '', 'Leider', '', '', '', true, true, false, false,"
                + " '', false, '', '', 0, ?, 'test', ?, 'test')",
                count, n -> new Object[] {n % 2 == 0 ? "ADOPTED" : "DRAFT", MARK + n, now, now});
        jdbc.update("update role_description set lineage_id = id where lineage_id is null and title like ?",
                MARK + "%");
        for (String role : List.of("ONDERSTEUNER", "BELEIDSBEINVLOEDER")) {
            jdbc.update("insert into role_description_role (role_description_id, expert_role) select id, ?"
                    + " from role_description where title like ?", role, MARK + "%");
        }
        for (int position = 0; position < 3; position++) {
            jdbc.update("insert into role_description_task (role_description_id, position, task) select id, ?, ?"
                    + " from role_description where title like ?", position, "Taak " + position, MARK + "%");
        }
    }

    public void removeAll() {
        for (String table : List.of("role_description_role", "role_description_task")) {
            jdbc.update("delete from " + table + " where role_description_id in (select id from role_description"
                    + " where title like ?)", MARK + "%");
        }
        jdbc.update("delete from role_description where title like ?", MARK + "%");
        String markedTrajecten = "(select id from traject where name like '" + MARK + "%')";
        for (String table : List.of("checklist_item", "traject_domain", "traject_expert_role", "traject_member")) {
            jdbc.update("delete from " + table + " where traject_id in " + markedTrajecten);
        }
        jdbc.update("delete from traject where name like ?", MARK + "%");
        jdbc.update("delete from scan_answer where response_id like ?", MARK + "%");
        jdbc.update("delete from scan_response where id like ?", MARK + "%");
        jdbc.update("delete from scan_answer where question_id in (select id from scan_question"
                + " where question_key like ?)", MARK + "%");
        jdbc.update("delete from scan_question where question_key like ?", MARK + "%");
        jdbc.update("delete from checklist_item where title like ?", MARK + "%");
        jdbc.update("delete from portal_user_role where user_id in (select id from portal_user where email like ?)",
                MARK + "%");
        jdbc.update("delete from portal_user where email like ?", MARK + "%");
        jdbc.update("delete from audit_event where actor like ?", MARK + "%");
        jdbc.update("delete from notification where title like ?", MARK + "%");
        jdbc.update("delete from knowledge_page where slug like ?", MARK + "%");
    }

    private void batch(String sql, int count, java.util.function.IntFunction<Object[]> row) {
        List<Object[]> rows = IntStream.range(0, count).mapToObj(row).toList();
        jdbc.batchUpdate(sql, rows);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
