package nl.kwartiermaker.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A statement or open question of an organisation template. Rows are replaced as a whole on every save (the template's
 * version guards concurrent edits), so they carry no version of their own.
 */
@Entity
@Table(name = "scan_template_question")
class OrganisationTemplateQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "theme_key", nullable = false, length = 60)
    private String themeKey;

    @Column(name = "theme_title", nullable = false, length = 150)
    private String themeTitle;

    @Column(name = "question_key", nullable = false, length = 120)
    private String questionKey;

    @Column(name = "text", nullable = false, length = ScanQuestion.TEXT_MAX)
    private String text;

    @Column(name = "reverse_scored", nullable = false)
    private boolean reverseScored;

    @Column(name = "open_question", nullable = false)
    private boolean openQuestion;

    /** The wording for the group "Ervaringsdeskundigen"; null when they read {@code text} (migration 0035). */
    @Column(name = "expert_text", length = ScanQuestion.TEXT_MAX)
    private String expertText;

    protected OrganisationTemplateQuestion() {
    }

    OrganisationTemplateQuestion(long templateId, int position, TemplateQuestion question) {
        this.templateId = templateId;
        this.position = position;
        this.themeKey = question.themeKey();
        this.themeTitle = question.themeTitle();
        this.questionKey = question.questionKey();
        this.text = question.text();
        this.reverseScored = question.reverse();
        this.openQuestion = question.open();
        this.expertText = question.expertText();
    }

    TemplateQuestion toQuestion() {
        return new TemplateQuestion(themeKey, themeTitle, questionKey, text, reverseScored, openQuestion, expertText);
    }

    long getTemplateId() {
        return templateId;
    }

    boolean isOpenQuestion() {
        return openQuestion;
    }
}
