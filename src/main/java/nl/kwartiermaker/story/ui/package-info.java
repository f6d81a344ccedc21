/** The Verhalen views: writing, consent, review, the library and a story's page. */
package nl.kwartiermaker.story.ui;
