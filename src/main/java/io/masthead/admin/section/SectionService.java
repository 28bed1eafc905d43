package io.masthead.admin.section;

import io.masthead.admin.FormText;
import io.masthead.admin.Invalid;
import io.masthead.section.Navigation;
import io.masthead.section.Section;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

/** Saves sections. A section's path is in its articles' URLs: it is chosen once, at creation. */
@ApplicationScoped
public class SectionService {

    private final Navigation navigation;

    SectionService(Navigation navigation) {
        this.navigation = navigation;
    }

    @Transactional
    public Section save(Long id, @Valid SectionInput in) {
        Section section = id == null ? new Section() : Section.findById(id);
        if (section == null) {
            throw new NotFoundException();
        }
        if (id == null) {
            place(section, in);
        }
        section.name = in.name();
        section.description = in.description();
        section.position = FormText.number(in.position(), 0);
        section.persist();
        navigation.reload();
        return section;
    }

    private static void place(Section section, SectionInput in) {
        Section parent = null;
        if (in.parent() != null) {
            Long parentId = FormText.id(in.parent());
            parent = parentId == null ? null : Section.findById(parentId);
            if (parent == null || parent.parent != null) {
                throw Invalid.of("parent", "Choose a top-level section, or none.");
            }
        }
        String slug = in.slug() == null ? Slugs.of(in.name()) : in.slug();
        if (parent == null && Section.isReserved(slug)) {
            throw Invalid.of("slug", "This address belongs to another part of the site: choose another.");
        }
        String path = parent == null ? slug : parent.path + "/" + slug;
        if (Section.findByPath(path).isPresent()) {
            throw Invalid.of("slug", "A section with this address exists.");
        }
        section.slug = slug;
        section.path = path;
        section.parent = parent;
    }
}
