#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Const-correct wrappers: cgraph takes `char *` for strings it only reads and copies,
// and Swift 6 refuses its mutable globals (Agdirected) and cannot call its macros (agtail, aghead).

static inline Agraph_t *cg_open_directed(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
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

static inline int cg_set(void *obj, Agsym_t *sym, const char *value) {
    return agxset(obj, sym, (char *)value);
}

/// Sets an HTML-like label: the string must be interned with agstrdup_html before agxset.
static inline int cg_set_html(void *obj, Agsym_t *sym, const char *html) {
    Agraph_t *g = agroot(obj);
    char *s = agstrdup_html(g, (char *)html);
    int rc = agxset(obj, sym, s);
    agstrfree(g, s);
    return rc;
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

static inline Agnode_t *cg_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cg_head(Agedge_t *e) { return aghead(e); }

/// Keeps Graphviz off stderr: messages below AGMAX go to its error file, read with aglasterr().
static inline void cg_silence(void) { agseterr(AGMAX); }

#endif
