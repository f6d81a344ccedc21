package nl.kwartiermaker.readiness;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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

    /** Personal invitations and answers per round and group, and how many group links exist. */
    @Query("""
            select i.roundId as roundId, i.respondentGroup as respondentGroup,
                   sum(case when i.email is not null then 1 else 0 end) as invited,
                   sum(case when i.email is not null and i.answered = true then 1 else 0 end) as answered,
                   sum(case when i.kind = nl.kwartiermaker.readiness.ScanInvitation.Kind.GROUP then 1 else 0 end)
                       as links
            from ScanInvitation i where i.roundId in :roundIds group by i.roundId, i.respondentGroup
            """)
    List<GroupCount> countByGroup(List<Long> roundIds);
}
