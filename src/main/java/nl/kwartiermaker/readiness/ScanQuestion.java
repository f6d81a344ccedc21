package nl.kwartiermaker.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.kwartiermaker.base.InvalidInput;

/**
 * A statement (or open question) as one round asks it: copied from the questionnaire when the round is created, so
 * the project lead can adapt the wording for this round and later versions of the questionnaire change nothing here.
 */
@Entity
@Table(name = "scan_question")
public class ScanQuestion {

    public static final int TEXT_MAX = 500;
    /** Themes of open questions have no score. */
    public static final String OPEN_THEME = "open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "theme_key", nullable = false, length = 60)
    private String themeKey;

    @Column(name = "theme_title", nullable = false, length = 150)
    private String themeTitle;

    @Column(name = "question_key", nullable = false, length = 120)
    private String questionKey;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "reverse_scored", nullable = false)
    private boolean reverseScored;

    @Column(name = "open_question", nullable = false)
    private boolean openQuestion;

    /**
     * The wording the group "Ervaringsdeskundigen" reads instead of {@code text}, null when they read the same (rounds
     * before scan version 2 have none). One question with two wordings, so both groups' answers count together.
     */
    @Column(name = "expert_text", length = TEXT_MAX)
    private String expertText;

    protected ScanQuestion() {
    }

    /** The wording of a statement or open question, stripped; refused when empty or longer than {@link #TEXT_MAX}. */
    static String requireText(String text) {
        String clean = text == null ? "" : text.strip();
        InvalidInput.require(!clean.isEmpty() && clean.length() <= TEXT_MAX, "scan.error.question.text", TEXT_MAX);
        return clean;
    }

    /** A wording for experts as stored: stripped, null when blank (then experts read the question's own text). */
    static String variant(String expertText) {
        String clean = expertText == null ? "" : expertText.strip();
        return clean.isEmpty() ? null : clean;
    }

    /** The key of an organisation's own statement: random, so keys of different templates and rounds never meet. */
    static String ownKey(String themeKey, ScanTokens tokens) {
        return "eigen." + themeKey + "." + tokens.randomText().substring(0, 8);
    }

    ScanQuestion(long roundId, int position, String themeKey, String themeTitle, String questionKey, String text,
                 boolean reverseScored, boolean openQuestion) {
        this.roundId = roundId;
        this.position = position;
        this.themeKey = themeKey;
        this.themeTitle = themeTitle;
        this.questionKey = questionKey;
        this.text = text;
        this.reverseScored = reverseScored;
        this.openQuestion = openQuestion;
    }

    ScanQuestion(long roundId, int position, String themeKey, String themeTitle, String questionKey, String text,
                 boolean reverseScored, boolean openQuestion, String expertText) {
        this(roundId, position, themeKey, themeTitle, questionKey, text, reverseScored, openQuestion);
        this.expertText = variant(expertText);
    }

    ScanQuestion copyTo(long otherRoundId) {
        return new ScanQuestion(otherRoundId, position, themeKey, themeTitle, questionKey, text, reverseScored,
                openQuestion, expertText);
    }

    void reword(String newText, boolean reverse) {
        this.text = newText;
        this.reverseScored = !openQuestion && reverse;
    }

    /** Sets or (blank) removes the experts' wording; the direction is the question's own, as for {@code text}. */
    void rewordForExperts(String newExpertText) {
        this.expertText = variant(newExpertText);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRoundId() {
        return roundId;
    }

    public int getPosition() {
        return position;
    }

    public String getThemeKey() {
        return themeKey;
    }

    public String getThemeTitle() {
        return themeTitle;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getText() {
        return text;
    }

    public boolean isReverseScored() {
        return reverseScored;
    }

    public boolean isOpenQuestion() {
        return openQuestion;
    }

    /** The experts' own wording, if this question has one. */
    public java.util.Optional<String> getExpertText() {
        return java.util.Optional.ofNullable(expertText);
    }

    /** The wording a respondent of this group reads: the experts' variant for experts, where there is one. */
    public String textFor(RespondentGroup group) {
        return group == RespondentGroup.ERVARINGSDESKUNDIGEN && expertText != null ? expertText : text;
    }
}
