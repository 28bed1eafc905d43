package io.masthead.admin.tag;

import io.masthead.admin.Invalid;
import io.masthead.tag.Tag;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

/** Saves tags; the slug is made from the name when left empty and is unique. */
@ApplicationScoped
public class TagService {

    @Transactional
    public Tag save(Long id, @Valid TagInput in) {
        Tag tag = id == null ? new Tag() : Tag.findById(id);
        if (tag == null) {
            throw new NotFoundException();
        }
        String slug = in.slug() == null ? Slugs.of(in.name()) : in.slug();
        if (Tag.find("slug = ?1 and id <> ?2", slug, id == null ? -1L : id).count() > 0) {
            throw Invalid.of("slug", "Another tag has this slug.");
        }
        tag.name = in.name();
        tag.slug = slug;
        tag.persist();
        return tag;
    }
}
