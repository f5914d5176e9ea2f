/**
 * The home page, what every page's layout needs (who is signed in, the language), and the language switch.
 */
@org.jmolecules.architecture.hexagonal.PrimaryAdapter
package org.counterpart.shell.adapter.in.web;
