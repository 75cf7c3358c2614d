#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// What Swift needs around libcgraph: const-correct wrappers (cgraph takes `char *` for strings it
// only reads and copies), functions for its mutable globals and macros (Swift 6 refuses the one,
// Agdirected, and cannot call the other, agtail and aghead), and for the graphs we build, memory
// and I/O disciplines: an arena, and DOT written into memory.

// An arena for the graphs we build: cgraph allocates every node, edge, attribute value and
// dictionary of a graph through its memory discipline. With a `close`, `agclose` of a root graph
// hands the whole heap back at once instead of deleting each node and edge (and looking up and
// freeing each of their strings), which took longer than writing a large graph. Memory comes
// zeroed, as cgraph expects; what cgraph frees before then stays in the arena until the close.

/// One block of an arena, followed by its memory.
typedef struct cg_arena_block {
    struct cg_arena_block *next;
    size_t size;
} cg_arena_block;

typedef struct {
    cg_arena_block *blocks;  // newest first
    char *free;              // the unused rest of the newest block
    char *end;
} cg_arena;

enum { CG_ARENA_ALIGN = 16, CG_ARENA_FIRST_BLOCK = 64 << 10, CG_ARENA_MAX_BLOCK = 8 << 20 };

static void *cg_arena_open(Agdisc_t *disc) {
    (void)disc;
    return calloc(1, sizeof(cg_arena));
}

/// Asks for 2 MiB pages where the block covers whole ones: cgraph's dictionaries are trees of
/// pointers all over the arena, and with 4 KiB pages nearly every step of a search misses the TLB.
static void cg_arena_use_huge_pages(void *block, size_t size) {
    const uintptr_t huge = 2 << 20;
    uintptr_t start = ((uintptr_t)block + huge - 1) & ~(huge - 1);
    uintptr_t end = ((uintptr_t)block + size) & ~(huge - 1);
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE);
}

/// A new zeroed block of at least `size` bytes, twice the last one's size up to a limit.
static cg_arena_block *cg_arena_grow(cg_arena *arena, size_t size) {
    size_t last = arena->blocks ? arena->blocks->size : CG_ARENA_FIRST_BLOCK / 2;
    size_t blockSize = last * 2 < CG_ARENA_MAX_BLOCK ? last * 2 : CG_ARENA_MAX_BLOCK;
    if (blockSize < size) blockSize = size;
    cg_arena_block *block = calloc(1, sizeof(cg_arena_block) + CG_ARENA_ALIGN + blockSize);
    if (!block) return NULL;
    cg_arena_use_huge_pages(block, sizeof(cg_arena_block) + CG_ARENA_ALIGN + blockSize);
    block->size = blockSize;
    block->next = arena->blocks;
    arena->blocks = block;
    return block;
}

static void *cg_arena_alloc(void *state, size_t size) {
    cg_arena *arena = state;
    size = (size + CG_ARENA_ALIGN - 1) & ~(size_t)(CG_ARENA_ALIGN - 1);
    if (size == 0) size = CG_ARENA_ALIGN;  // distinct objects, distinct addresses
    if ((size_t)(arena->end - arena->free) < size) {
        cg_arena_block *block = cg_arena_grow(arena, size);
        if (!block) return NULL;
        uintptr_t start = ((uintptr_t)(block + 1) + CG_ARENA_ALIGN - 1) & ~(uintptr_t)(CG_ARENA_ALIGN - 1);
        arena->free = (char *)start;
        arena->end = arena->free + block->size;
    }
    void *memory = arena->free;
    arena->free += size;
    return memory;
}

/// cgraph passes the old size; the new memory is zeroed beyond it.
static void *cg_arena_resize(void *state, void *ptr, size_t old, size_t req) {
    if (req <= old) return ptr;
    void *memory = cg_arena_alloc(state, req);
    if (memory && ptr) memcpy(memory, ptr, old);
    return memory;
}

static void cg_arena_free(void *state, void *ptr) {
    (void)state;
    (void)ptr;
}

static void cg_arena_close(void *state) {
    cg_arena *arena = state;
    for (cg_arena_block *block = arena->blocks, *next; block; block = next) {
        next = block->next;
        free(block);
    }
    free(arena);
}

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

/// Opens a directed graph whose memory is an arena, handed back at once by `cg_close`, and which
/// `cg_write` writes as DOT into a `cg_buffer`.
static inline Agraph_t *cg_open_directed(const char *name) {
    static Agmemdisc_t arena = {cg_arena_open, cg_arena_alloc, cg_arena_resize, cg_arena_free, cg_arena_close};
    static Agiodisc_t io = {cg_default_read, cg_buffer_putstr, cg_buffer_flush};
    static Agdisc_t disc = {&arena, NULL, &io};  // the default ID discipline
    return agopen((char *)name, Agdirected, &disc);
}

/// Declared only in libcgraph's internal header (cghdr.h), but exported: a graph's dictionary of
/// attribute declarations for AGRAPH, AGNODE or AGEDGE.
extern Dict_t *agdictof(Agraph_t *g, int kind);

/// Closes a graph opened by cg_open_directed. agclose hands its arena back at once, but cdt
/// allocates each dictionary's header (Dt_t) with malloc, not through the discipline. Subgraphs
/// (a layout may leave some) are closed first, the usual way, which frees theirs; the root
/// graph's (nodes and edges by sequence and by id, subgraphs, strings, attribute declarations per
/// kind, and internal name maps if made) are freed after agclose, which still looks the graph's
/// name up in the string dictionary.
static inline void cg_close(Agraph_t *g) {
    for (Agraph_t *sub = agfstsubg(g), *next; sub; sub = next) {
        next = agnxtsubg(sub);
        agclose(sub);
    }
    Agclos_t *clos = g->clos;
    Dict_t *dicts[] = {
        g->n_seq, g->n_id, g->e_seq, g->e_id, g->g_dict, clos->strdict,
        agdictof(g, AGRAPH), agdictof(g, AGNODE), agdictof(g, AGEDGE),
        clos->lookup_by_name[0], clos->lookup_by_name[1], clos->lookup_by_name[2],
        clos->lookup_by_id[0], clos->lookup_by_id[1], clos->lookup_by_id[2],
    };
    agclose(g);
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0]; i++) free(dicts[i]);
}

/// Appends the graph as DOT to `buffer`; only for graphs opened by cg_open_directed. 0 on success.
static inline int cg_write(Agraph_t *g, cg_buffer *buffer) {
    return agwrite(g, buffer);
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

static inline unsigned long cg_seq(void *obj) { return AGSEQ(obj); }
static inline Agnode_t *cg_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cg_head(Agedge_t *e) { return aghead(e); }

/// Keeps Graphviz off stderr: messages below AGMAX go to its error file, read with aglasterr().
static inline void cg_silence(void) { agseterr(AGMAX); }

#endif
