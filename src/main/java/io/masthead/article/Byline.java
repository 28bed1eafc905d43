package io.masthead.article;

public record Byline(String name, String url) {
}
