package nl.kwartiermaker.readiness;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scan answers received, for monitoring: one plain total, {@code kwartiermaker_scan_answers_total}, without a round,
 * group, questionnaire or link kind (decision 0018). Answers carry no person, time or order (decision 0005); a label
 * per round or group would let whoever reads the metrics see when an answer arrived in a group of five, which the
 * portal itself shows nobody. The total says only that the scan is in use and answers arrive. Counted after the
 * answer commits, so a refused or rolled-back answer is not counted.
 */
@Component
class ScanAnswerMetrics {

    private final Counter answers;

    ScanAnswerMetrics(MeterRegistry registry) {
        this.answers = Counter.builder("kwartiermaker.scan.answers")
                .description("Completed scan answers received, all rounds together").register(registry);
    }

    void countWhenCommitted() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    answers.increment();
                }
            });
        } else {
            answers.increment();
        }
    }
}
