package nl.kwartiermaker.readiness;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals a round once it has closed: from then on it takes no answer and its results never change, so nobody can learn
 * one group's or one person's answers by comparing what the results showed before and after (decision 0005). Sealing
 * waits for an answer that is being submitted at that moment (the answering service holds a shared lock on the round
 * while it writes), writes the round's responses again under new random keys in a shuffled order, so that no storage
 * order (H2's hidden row id, one transaction id per response on MariaDB) tells in which order people answered, and
 * forgets the answers that invitees had saved but never submitted.
 *
 * <p>A round closed by its project lead is sealed in that same transaction. A round that closed because its closing
 * date passed is sealed by the first reader of its results, or by the job below, whichever comes first.
 */
@Component
class RoundSealing {

    private static final Logger log = LoggerFactory.getLogger(RoundSealing.class);
    private static final int CHUNK = 500;

    private final ScanRoundRepository rounds;
    private final ScanAccess access;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final SecureRandom random = new SecureRandom();

    RoundSealing(ScanRoundRepository rounds, ScanAccess access, JdbcTemplate jdbc,
                 PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.access = access;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Seals the round in a transaction of its own when it has closed and is not sealed yet; returns whether it is
     * sealed now. Readers call this before they read results, outside or beside their own transaction, so that what
     * they read afterwards is the sealed state.
     */
    boolean sealIfDue(long roundId) {
        Boolean sealed = newTransaction.execute(tx -> {
            // the lock comes first, so that everything read after it includes every answer submitted before it
            ScanRound round = rounds.lockForSealing(roundId).orElseThrow();
            if (round.isSealed()) {
                return true;
            }
            if (round.state(access.today()) != RoundState.CLOSED) {
                return false;
            }
            sealInThisTransaction(round);
            rounds.saveAndFlush(round);
            return true;
        });
        return Boolean.TRUE.equals(sealed);
    }

    /** Seals a round that has just been closed, in the closing transaction (which already holds its lock). */
    void sealInThisTransaction(ScanRound round) {
        long roundId = round.getId();
        // locking reads see every committed answer, whatever snapshot this transaction started with
        List<String[]> stored = jdbc.query("select id, respondent_group from scan_response where round_id = ? "
                + "for update", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, roundId);
        Map<String, List<Object[]>> answers = new HashMap<>();
        // by explicit keys, in chunks: H2 evaluates "in (subquery) for update" row by row (minutes for 2,000 people)
        for (int from = 0; from < stored.size(); from += CHUNK) {
            List<String> keys = stored.subList(from, Math.min(stored.size(), from + CHUNK)).stream()
                    .map(r -> r[0]).toList();
            jdbc.query("select response_id, question_id, score, text from scan_answer where response_id in ("
                    + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") for update", rs -> {
                        answers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Object[] {
                                rs.getLong(2), rs.getObject(3), rs.getString(4)});
                    }, keys.toArray());
        }
        List<String[]> shuffled = new ArrayList<>(stored);
        Collections.shuffle(shuffled, random);
        List<Object[]> copies = new ArrayList<>();
        List<Object[]> answerCopies = new ArrayList<>();
        for (String[] response : shuffled) {
            String copy = UUID.randomUUID().toString();
            copies.add(new Object[] {copy, roundId, response[1]});
            for (Object[] answer : answers.getOrDefault(response[0], List.of())) {
                answerCopies.add(new Object[] {copy, answer[0], answer[1], answer[2]});
            }
        }
        List<Object[]> old = stored.stream().map(r -> new Object[] {r[0]}).toList();
        jdbc.batchUpdate("insert into scan_response (id, round_id, respondent_group) values (?, ?, ?)", copies);
        jdbc.batchUpdate("insert into scan_answer (response_id, question_id, score, text) values (?, ?, ?, ?)",
                answerCopies);
        jdbc.batchUpdate("delete from scan_answer where response_id = ?", old);
        jdbc.batchUpdate("delete from scan_response where id = ?", old);
        int drafts = jdbc.update("delete from scan_draft_answer where invitation_id in "
                + "(select id from scan_invitation where round_id = ?)", roundId);
        round.seal();
        log.info("Scan round {} sealed: {} responses written in a new order, {} unsent draft answers removed",
                roundId, stored.size(), drafts);
    }

    /** Notes, in a transaction of its own, that the project lead has opened the round's results. */
    void markResultsRead(long roundId) {
        newTransaction.executeWithoutResult(tx -> rounds.markResultsRead(roundId));
    }

    /** Seals rounds whose closing date has passed, so results are ready before anyone asks. */
    @SchedulerLock(name = "round-sealing", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${kwartiermaker.scan.seal-interval:PT15M}",
            initialDelayString = "${kwartiermaker.scan.seal-initial-delay:PT1M}")
    void sealClosedRounds() {
        for (Long roundId : rounds.findUnsealedClosedBy(access.today())) {
            try {
                sealIfDue(roundId);
            } catch (RuntimeException e) {
                log.warn("Scan round {} could not be sealed now, will try again: {}", roundId, e.toString());
            }
        }
    }
}
