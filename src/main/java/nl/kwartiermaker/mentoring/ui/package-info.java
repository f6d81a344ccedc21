/** Views of Begeleiding: the coordinator's register, an expert's page, intervision and supervision. */
package nl.kwartiermaker.mentoring.ui;
