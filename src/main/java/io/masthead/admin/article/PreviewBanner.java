package io.masthead.admin.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the "Preview — not published" banner on the reader page the preview renders, so the page
 * itself stays exactly the public template, and tells robots to keep away.
 */
final class PreviewBanner {

    /** After the body's opening tag and its skip link, which must stay the first thing to focus. */
    private static final Pattern BODY = Pattern.compile("<body[^>]*>\\s*(<a class=\"skip-link\"[^>]*>[^<]*</a>)?");

    private PreviewBanner() {
    }

    static String around(String page, String banner) {
        String head = "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<link rel=\"stylesheet\" href=\"/assets/admin-preview.css\">\n</head>";
        String withHead = page.replaceFirst("</head>", Matcher.quoteReplacement(head));
        Matcher body = BODY.matcher(withHead);
        if (!body.find()) {
            return banner + withHead;
        }
        return withHead.substring(0, body.end()) + "\n" + banner + withHead.substring(body.end());
    }
}
