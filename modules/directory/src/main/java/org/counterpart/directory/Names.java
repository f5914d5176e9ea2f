package org.counterpart.directory;

import java.util.Locale;

/** Picks the name to show: the Chinese one, unless the user reads English and an English name exists. */
final class Names {

    private Names() {
    }

    static String inLanguage(Locale locale, String zh, String en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
