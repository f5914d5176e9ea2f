/**
 * 界面框架 — the web UI shell around the modules' pages: the layout and navigation, the home page, the language
 * switch and the error pages.
 */
@org.jmolecules.ddd.annotation.Module(name = "Shell", description = "界面框架")
package org.counterpart.shell;
