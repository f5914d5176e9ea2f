/**
 * 表格文件 — tables as files: reading an Excel workbook (.xlsx) or CSV text laid out as a table with a known header,
 * and writing one. A technical library, not a business module: it owns no tables, publishes no events and knows no
 * other module, and every module that takes or gives tables (a plan, a trainee roster) uses it with its own
 * {@link org.counterpart.sheets.SheetLayout}. Plain Java — no Spring beans — so a module wraps it in its own adapter.
 *
 * <p>Open, so that Spring Modulith lets every module use all of it; it carries no hexagonal stereotype, so the
 * jMolecules rules let any adapter use its types (they are unannotated types to them).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sheets",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.counterpart.sheets;
