#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// What Swift needs around libcgraph and libgvc, through their public headers only: const-correct
// wrappers (cgraph takes `char *` for strings it only reads and copies), functions for its mutable
// globals and macros (Swift 6 refuses the one, Agdirected, and cannot call the other, agtail and
// aghead), an I/O discipline that writes DOT into memory, and the calls whose form changed between
// Graphviz releases.

// Graphviz releases, told apart by what their headers declare (graphviz_version.h has numeric
// version macros only from 14.0 on, and only a version string before). Graphviz 13.0 removed the
// `agnew` macro from cgraph.h, and in the same release:
// - gvRenderData takes its length as a `size_t *` (before: `unsigned int *`);
// - HTML-like and plain strings are kept apart, so an HTML-like label is set with agxset_html
//   (new in 13.0), and agstrfree wants to know which kind it frees;
// - agreadline is gone: the DOT lexer counts each parse from line 1 (before, from where the last
//   parse stopped unless agreadline(1) said otherwise).
#ifndef agnew
#define CG_GRAPHVIZ_13 1
#endif

// DOT output into memory: agwrite hands each piece of text, often a single character, to the
// graph's I/O discipline; appending it to a buffer costs a fraction of fputs on a memory stream.

/// The text agwrite wrote so far; free `data` when done.
typedef struct {
    char *data;
    size_t length;
    size_t capacity;
} cg_buffer;

static int cg_buffer_putstr(void *chan, const char *text) {
    cg_buffer *buffer = chan;
    size_t length = strlen(text);
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 1 << 16;
        while (capacity < buffer->length + length) capacity *= 2;
        char *grown = realloc(buffer->data, capacity);
        if (!grown) return EOF;
        buffer->data = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->length, text, length);
    buffer->length += length;
    return 0;
}

static int cg_buffer_flush(void *chan) {
    (void)chan;
    return 0;
}

/// Reading stays the default's (only agread uses it, and only with its own discipline).
static int cg_default_read(void *chan, char *buf, int bufsize) {
    return AgIoDisc.afread(chan, buf, bufsize);
}

/// Opens a directed graph that `cg_write` writes as DOT into a `cg_buffer`; memory and IDs are
/// cgraph's defaults.
static inline Agraph_t *cg_open_directed(const char *name) {
    static Agiodisc_t io = {cg_default_read, cg_buffer_putstr, cg_buffer_flush};
    static Agdisc_t disc = {.io = &io};
    return agopen((char *)name, Agdirected, &disc);
}

/// Appends the graph as DOT to `buffer`; only for graphs opened by cg_open_directed. 0 on success.
static inline int cg_write(Agraph_t *g, cg_buffer *buffer) {
    return agwrite(g, buffer);
}

/// Makes the DOT lexer count lines from 1 for the next parse, where it would otherwise run on
/// from the previous one (from 13.0 on, every parse starts at line 1).
static inline void cg_restart_line_count(void) {
#ifndef CG_GRAPHVIZ_13
    agreadline(1);
#endif
}

/// Renders a graph already laid out in `format` into a malloc'd buffer (free it with
/// gvFreeRenderData) and its length, whatever type this release gives the length.
static inline int cg_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **data, size_t *length) {
#ifdef CG_GRAPHVIZ_13
    return gvRenderData(gvc, g, format, data, length);
#else
    unsigned int shortLength = 0;
    int status = gvRenderData(gvc, g, format, data, &shortLength);
    *length = shortLength;
    return status;
#endif
}

static inline Agsym_t *cg_attr(Agraph_t *g, int kind, const char *name, const char *def) {
    return agattr(g, kind, (char *)name, (char *)def);
}

static inline Agnode_t *cg_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

static inline Agedge_t *cg_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *key) {
    return agedge(g, t, h, (char *)key, 1);
}

/// Sets an attribute unless the object has that value already (as every object has its
/// default), when agxset would only release and re-intern the same string.
static inline int cg_set(void *obj, Agsym_t *sym, const char *value) {
    if (strcmp(agxget(obj, sym), value) == 0) return 0;
    return agxset(obj, sym, (char *)value);
}

/// Sets an HTML-like label, which Graphviz takes verbatim.
static inline int cg_set_html(void *obj, Agsym_t *sym, const char *html) {
#ifdef CG_GRAPHVIZ_13
    return agxset_html(obj, sym, html);
#else
    // The string is interned as HTML-like first; agxset then shares it, flag and all.
    Agraph_t *g = agroot(obj);
    char *s = agstrdup_html(g, (char *)html);
    int rc = agxset(obj, sym, s);
    agstrfree(g, s);
    return rc;
#endif
}

static inline const char *cg_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

/// The declared attribute, or NULL: agattr with a NULL default only looks it up.
static inline Agsym_t *cg_attr_lookup(Agraph_t *g, int kind, const char *name) {
    return agattr(g, kind, (char *)name, NULL);
}

static inline const char *cg_xget(void *obj, Agsym_t *sym) {
    return agxget(obj, sym);
}

static inline unsigned long cg_seq(void *obj) { return AGSEQ(obj); }
static inline Agnode_t *cg_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cg_head(Agedge_t *e) { return aghead(e); }

/// Keeps Graphviz off stderr: messages below AGMAX go to its error file, read with aglasterr().
static inline void cg_silence(void) { agseterr(AGMAX); }

#endif
