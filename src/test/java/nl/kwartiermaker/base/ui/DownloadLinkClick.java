package nl.kwartiermaker.base.ui;

import com.vaadin.browserless.ComponentTester;

/**
 * A click on a {@link DownloadLink} as the browser sends it: the DOM event the link takes over. (The anchor tester's
 * own click would follow the address instead.)
 */
public final class DownloadLinkClick extends ComponentTester<DownloadLink> {

    private DownloadLinkClick(DownloadLink link) {
        super(link);
    }

    public static void on(DownloadLink link) {
        new DownloadLinkClick(link).fireDomEvent("click");
    }
}
