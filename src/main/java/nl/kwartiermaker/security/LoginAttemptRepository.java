package nl.kwartiermaker.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    @Query("""
            select count(a) from LoginAttempt a
            where a.account = :account and a.failedAt > :since and a.pending = false
            """)
    long countFailuresForAccount(String account, Instant since);

    @Query("""
            select count(a) from LoginAttempt a
            where a.clientAddress = :clientAddress and a.failedAt > :since and a.pending = false
            """)
    long countFailuresFromAddress(String clientAddress, Instant since);

    @Query("""
            select count(a) from LoginAttempt a
            where a.account = :account and a.failedAt > :since and a.pending = true and a.id <> :attempt
            """)
    long countOthersInProgress(String account, Instant since, long attempt);

    /** The accounts (as hashes) whose recent failures reached the limit: the accounts the throttle blocks now. */
    @Query("""
            select a.account from LoginAttempt a
            where a.failedAt > :since and a.pending = false
            group by a.account having count(a) >= :limit
            """)
    List<String> accountsAtFailureLimit(Instant since, long limit, Limit max);

    @Modifying
    @Query("update LoginAttempt a set a.pending = false where a.id = :attempt")
    void markFailed(long attempt);

    /** The account's recorded failures; attempts of others signing in at this moment stay. */
    @Modifying
    @Query("delete from LoginAttempt a where a.account = :account and a.pending = false")
    void deleteFailuresOf(String account);

    /** A bulk delete, so an attempt that is already gone is no error. */
    @Modifying
    @Query("delete from LoginAttempt a where a.id = :attempt")
    void forget(long attempt);

    @Modifying
    @Query("delete from LoginAttempt a where a.failedAt < :before")
    int deleteOlderThan(Instant before);
}
