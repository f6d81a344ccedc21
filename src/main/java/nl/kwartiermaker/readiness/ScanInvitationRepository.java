package nl.kwartiermaker.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScanInvitationRepository extends JpaRepository<ScanInvitation, Long> {

    Optional<ScanInvitation> findByTokenHash(String tokenHash);

    @Query("select lower(i.email) from ScanInvitation i where i.roundId = :roundId and i.email is not null")
    List<String> invitedAddresses(long roundId);

    @Query("""
            select i from ScanInvitation i
            where i.roundId = :roundId and i.email is not null and i.answered = false order by i.id
            """)
    List<ScanInvitation> findNotAnswered(long roundId);

    List<ScanInvitation> findByRoundIdAndKindOrderById(long roundId, ScanInvitation.Kind kind);

    interface GroupCount {
        Long getRoundId();

        RespondentGroup getRespondentGroup();

        long getInvited();

        long getAnswered();

        long getLinks();
    }

    /**
     * Personal invitations and answers per round and group, and how many group links exist. Counted by kind, not by
     * address: the addresses of a sealed round are removed after the retention period.
     */
    @Query("""
            select i.roundId as roundId, i.respondentGroup as respondentGroup,
                   sum(case when i.kind = nl.kwartiermaker.readiness.ScanInvitation.Kind.PERSONAL then 1 else 0 end)
                       as invited,
                   sum(case when i.kind = nl.kwartiermaker.readiness.ScanInvitation.Kind.PERSONAL
                            and i.answered = true then 1 else 0 end) as answered,
                   sum(case when i.kind = nl.kwartiermaker.readiness.ScanInvitation.Kind.GROUP then 1 else 0 end)
                       as links
            from ScanInvitation i where i.roundId in :roundIds group by i.roundId, i.respondentGroup
            """)
    List<GroupCount> countByGroup(List<Long> roundIds);

    /**
     * Removes the token hash, group-link nonce and address of every invitation of a round sealed and closed before
     * {@code before}; the rows stay for the counts.
     */
    @Modifying
    @Query("""
            update ScanInvitation i set i.tokenHash = null, i.linkNonce = null, i.email = null,
                   i.version = i.version + 1
            where i.tokenHash is not null
              and i.roundId in (select r.id from ScanRound r where r.sealed = true and r.closedOn < :before)
            """)
    int forgetLinksOfRoundsClosedBefore(LocalDate before);
}
