package nl.kwartiermaker.readiness;

/** The token at the end of a scan link ({@code …/scan/<token>}). */
final class ScanLinks {

    private ScanLinks() {
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
