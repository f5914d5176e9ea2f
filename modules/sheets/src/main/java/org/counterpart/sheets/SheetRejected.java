package org.counterpart.sheets;

/**
 * A table file could not be read with the layout asked for, for a reason the user can fix. Carries a message key of
 * the sheets message bundle ({@code i18n/sheets/messages}) and its arguments, so the user is told why in their own
 * language:
 *
 * <ul>
 * <li>{@code sheets.rejected.empty-file} — no header and no rows;</li>
 * <li>{@code sheets.rejected.not-a-spreadsheet} — neither a workbook nor CSV text, or not what its name says;</li>
 * <li>{@code sheets.rejected.too-large} — more than {0} MB, or a workbook that unpacks to far more;</li>
 * <li>{@code sheets.rejected.too-many-rows} — more than {0} rows;</li>
 * <li>{@code sheets.rejected.header} — the header is not {0} (the columns joined by " | ") but {1};</li>
 * <li>{@code sheets.rejected.unknown-type} — the name {0} ends in neither .xlsx nor .csv.</li>
 * </ul>
 */
public class SheetRejected extends RuntimeException {

    /** The prefix of every key this exception carries. */
    public static final String KEY_PREFIX = "sheets.rejected.";

    private final String messageKey;
    private final transient Object[] arguments;

    public SheetRejected(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public SheetRejected(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
