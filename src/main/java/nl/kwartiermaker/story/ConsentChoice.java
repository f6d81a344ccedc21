package nl.kwartiermaker.story;

import java.time.LocalDate;

/** What a featured person agrees to: channels, leaving out their name, an end date, and the seed's two questions. */
public record ConsentChoice(boolean intranet, boolean digest, boolean feed, boolean anonymise, LocalDate expiresOn,
                            String answerShow, boolean answerSure) {

    public ConsentChoice {
        answerShow = answerShow == null ? "" : answerShow.strip();
    }
}
