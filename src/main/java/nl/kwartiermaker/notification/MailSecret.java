package nl.kwartiermaker.notification;

/**
 * A template parameter that is a secret (a personal link): the outbox keeps it sealed and apart from the body, and
 * forgets it once the mail is sent or given up (see {@link OutgoingMail}).
 */
record MailSecret(String value) {

    @Override
    public String toString() {
        return OutgoingMail.SECRET_MARK;
    }
}
