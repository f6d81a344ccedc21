package nl.kwartiermaker.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    @Query("select count(a) from LoginAttempt a where a.account = :account and a.failedAt > :since and a.id <> :attempt")
    long countOthersForAccount(String account, Instant since, long attempt);

    @Query("""
            select count(a) from LoginAttempt a
            where a.clientAddress = :clientAddress and a.failedAt > :since and a.id <> :attempt
            """)
    long countOthersFromAddress(String clientAddress, Instant since, long attempt);

    @Modifying
    @Query("delete from LoginAttempt a where a.account = :account")
    void deleteByAccount(String account);

    @Modifying
    @Query("delete from LoginAttempt a where a.failedAt < :before")
    int deleteOlderThan(Instant before);
}
