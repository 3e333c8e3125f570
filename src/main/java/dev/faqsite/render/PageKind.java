package dev.faqsite.render;

/** What a rendered page is; decides its template and how links on it are written. */
public enum PageKind {
    HOME, DOCUMENT, QUESTION, REDIRECT, NOT_FOUND, ROOT, MAINTAINER, CONTRIBUTE, SEARCH
}
