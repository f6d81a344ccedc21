/** The app shell: main layout, dashboard, error pages and the building blocks every view uses. */
package nl.kwartiermaker.base.ui;
