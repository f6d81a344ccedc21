/** Knowledge-base overview with search, page view and the Beheerder's editor with history. */
package nl.kwartiermaker.knowledge.ui;
