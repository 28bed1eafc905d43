package io.masthead.media;

import io.quarkus.qute.TemplateExtension;

@TemplateExtension
public class MediaExtensions {

    /** {article.leadImage.picture.srcset} */
    static Picture picture(Image image) {
        return Picture.of(image);
    }
}
