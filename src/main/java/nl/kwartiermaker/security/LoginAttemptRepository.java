package nl.kwartiermaker.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    long countByAccountAndFailedAtAfter(String account, Instant since);

    long countByClientAddressAndFailedAtAfter(String clientAddress, Instant since);

    @Modifying
    @Query("delete from LoginAttempt a where a.account = :account")
    void deleteByAccount(String account);

    @Modifying
    @Query("delete from LoginAttempt a where a.failedAt < :before")
    int deleteOlderThan(Instant before);
}
