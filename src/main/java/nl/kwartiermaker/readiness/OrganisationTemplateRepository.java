package nl.kwartiermaker.readiness;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationTemplateRepository extends JpaRepository<OrganisationTemplate, Long> {

    List<OrganisationTemplate> findAllByOrderByArchivedAscNameAscIdAsc();

    List<OrganisationTemplate> findByArchivedFalseOrderByNameAscIdAsc();

    interface QuestionCount {
        long getTemplateId();

        boolean getOpenQuestion();

        long getQuestions();
    }

    @Query("select q.templateId as templateId, q.openQuestion as openQuestion, count(q) as questions"
            + " from OrganisationTemplateQuestion q group by q.templateId, q.openQuestion")
    List<QuestionCount> questionCounts();

    interface RoundCount {
        long getTemplateId();

        long getRounds();
    }

    @Query("select r.templateId as templateId, count(r) as rounds from ScanRound r where r.templateId is not null"
            + " group by r.templateId")
    List<RoundCount> roundCounts();

    @Query("select count(r) from ScanRound r where r.templateId = :templateId")
    long roundsUsing(long templateId);
}
