/** The app shell and what every feature shares: roles, persistence conventions, i18n, safe Markdown, UI building blocks. */
@org.springframework.modulith.ApplicationModule(displayName = "Basis", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.kwartiermaker.base;
