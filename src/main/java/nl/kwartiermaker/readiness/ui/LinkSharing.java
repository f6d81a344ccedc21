package nl.kwartiermaker.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.kwartiermaker.base.ui.Notices;

/** Ways to pass a scan link on: copying it, and a QR code to show on a screen or print on a poster. */
final class LinkSharing {

    /** White space around the code, in modules, as the QR standard asks so that cameras find it. */
    private static final int QUIET_ZONE = 4;

    private LinkSharing() {
    }

    /**
     * A button that copies the link. The clipboard API needs a secure page (https or localhost); on a plain http
     * intranet address the browser's copy command on the selected field does it instead, and if that fails too the
     * person is told to select and copy the link themselves.
     */
    static Button copyButton(TextField field, String link) {
        Button copy = new Button(field.getTranslation("scan.link.copy"), VaadinIcon.COPY_O.create());
        copy.addClickListener(e -> copy.getElement().executeJs("""
                const text = $0;
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(text).then(() => true, () => false);
                }
                const input = $1.inputElement;
                input.focus();
                input.select();
                try { return document.execCommand('copy'); } catch (e) { return false; }
                """, link, field.getElement()).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notices.success(field.getTranslation("scan.link.copied"));
                    } else {
                        Notices.error(field.getTranslation("scan.link.copy.failed"));
                    }
                }, error -> Notices.error(field.getTranslation("scan.link.copy.failed"))));
        return copy;
    }

    /** The link as a QR code, drawn on the server as SVG (no script, no outside service). */
    static Image qrCode(String link, String alt) {
        String svg = svg(QrCode.encodeText(link, QrCode.Ecc.MEDIUM));
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), alt);
        image.addClassName("qr-code");
        return image;
    }

    /** One path of unit squares, black on white; the drawing holds only numbers, no text of anyone's. */
    static String svg(QrCode code) {
        int size = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
