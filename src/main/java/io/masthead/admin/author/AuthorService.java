package io.masthead.admin.author;

import io.masthead.admin.Invalid;
import io.masthead.author.Author;
import io.masthead.web.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

/** Saves bylines, staff or guest. An author's slug is its page's address: chosen once, at creation. */
@ApplicationScoped
public class AuthorService {

    @Transactional
    public Author save(Long id, @Valid AuthorInput in) {
        Author author = id == null ? new Author() : Author.findById(id);
        if (author == null) {
            throw new NotFoundException();
        }
        if (id == null) {
            String slug = in.slug() == null ? Slugs.of(in.name()) : in.slug();
            if (Author.findBySlug(slug).isPresent()) {
                throw Invalid.of("slug", "Another author has this slug.");
            }
            author.slug = slug;
        }
        author.name = in.name();
        author.title = in.title();
        author.bio = in.bio();
        author.contributor = in.contributor();
        author.persist();
        return author;
    }
}
