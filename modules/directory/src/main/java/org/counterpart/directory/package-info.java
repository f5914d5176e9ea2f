/**
 * 共享基础数据 — the directory of partner regions and places, the commission's offices (处室), undertaking units
 * (承办单位) and schools that every other module refers to, and who is acting now ({@link CurrentUser}).
 */
@org.jmolecules.ddd.annotation.Module(name = "Directory", description = "共享基础数据: regions, offices, units, schools")
package org.counterpart.directory;
