package org.creddesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.creddesk.domain.Problem;

/** The UI text bundle. Texts with arguments are MessageFormat patterns; texts without are used as written. */
public final class Messages {
    public static final String BUNDLE = "org.creddesk.i18n.messages";
    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** A validation problem in the person's language, falling back to the domain's English text. */
    public String problem(Problem p) {
        return bundle.containsKey(p.key()) ? bundle.getString(p.key()) : p.message();
    }
}
