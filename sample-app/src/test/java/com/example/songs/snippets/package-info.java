/**
 * The Java snippets of the README and docs/, as code that compiles (and, where a snippet
 * is a test, runs): {@code DocsSnippetsTests} fails when a snippet in the docs is not
 * found here word for word, so a renamed method breaks the build instead of the docs.
 */
package com.example.songs.snippets;
