package nl.kwartiermaker.readiness;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganisationTemplateQuestionRepository extends JpaRepository<OrganisationTemplateQuestion, Long> {

    List<OrganisationTemplateQuestion> findByTemplateIdOrderByPositionAscIdAsc(long templateId);

    @Modifying(flushAutomatically = true)
    @Query("delete from OrganisationTemplateQuestion q where q.templateId = :templateId")
    void deleteByTemplate(long templateId);
}
