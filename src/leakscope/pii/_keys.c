/* The hot loops of 本人の数 (subjects.py, subject_graph.py): string hashes, a table's keys,
 * the key table and its union-find. subject_graph.py and subjects.py hold the numpy fallback
 * (and the meaning); tests/pii/test_subject_keys.py holds both equal.
 *
 * hash_strings(offsets, data, out)           out[i] = hash of data[offsets[i]:offsets[i+1]]
 * table_keys(codes, rows, starts, offsets, data, roles, code_hash, pair_hash, hashes, flags)
 *     -> (keys, groups)                      a table's identifier keys, group by group (hashes:
 *                                            out, but in for the ROLE_PRESET findings)
 * person_rows(offsets, data, known_offsets, known_data, personal, valid, rows, codes) -> n
 *                                            the findings that count, and their category codes
 * record_starts(rows, offsets, data, out) -> n   where the record changes among kept rows
 * link_keys(slots, ids, parent, nodes, groups, keys, group_node, start, room)
 *     -> (stop, nodes, inserted)             find or insert each key, union its group's people
 * leading_bytes(rows, offsets, data, first, lengths)
 *                                            the first bytes of cell rows[i] (first: rows x
 *                                            its width, 0 past the cell's end) and its length
 * address_hashes(rows, offsets, data, prefecture_offsets, prefecture_data, out)
 *                                            out[i] = hash of address_key(data's cell rows[i])
 * reinsert(old_slots, old_ids, slots, ids)   a grown key table
 * (link_keys stops before the key that would insert more than `room` keys; the caller
 * grows the table and calls again from `stop`: a table grows with distinct keys only.)
 *
 * Every buffer is the caller's (numpy arrays, Arrow buffers); sizes and offsets are checked
 * before any read, so hostile offsets raise ValueError instead of reading out of bounds.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "_address.h"
#include "_kernel.h"

/* Category roles (subject_codes.Codes.roles): what a finding of that category adds to its group.
 * A household's (a landline) is strong in a group without a name, else paired with each name;
 * an account (ROLE_ACCOUNT) is never strong: a name paired with it is. */
enum { ROLE_STRONG = 1, ROLE_SUBSTANTIAL = 2, ROLE_NAME = 4, ROLE_DOB = 8, ROLE_ADDRESS = 16,
       ROLE_HOUSEHOLD = 32, ROLE_PRESET = 64, ROLE_ACCOUNT = 128 };
/* ROLE_PRESET: the caller put the finding's hash in hashes[i] (an address's: the hash of its
 * key, address_keys.py, not of the value as written). */
#define ROLE_PAIRED (ROLE_DOB | ROLE_ADDRESS | ROLE_HOUSEHOLD | ROLE_ACCOUNT)
#define PAIR_KINDS 4  /* name+dob, name+address, name+phone, name+account */
/* What table_keys says of a group (subject_codes.GROUP_*). */
enum { GROUP_THIN = 1, GROUP_NAMED = 2 };

static const uint64_t GOLDEN = 0x9E3779B97F4A7C15ULL;
static const uint64_t MIX1 = 0xBF58476D1CE4E5B9ULL;
static const uint64_t MIX2 = 0x94D049BB133111EBULL;
static const uint64_t STEP1 = 0x87C37B91114253D5ULL;
static const uint64_t STEP2 = 0x4CF5AD432745937FULL;

static inline uint64_t finish(uint64_t x) {  /* splitmix64's finalizer: a bijection */
    x ^= x >> 30;
    x *= MIX1;
    x ^= x >> 27;
    x *= MIX2;
    x ^= x >> 31;
    return x;
}

/* subject_graph.combine: the hash of a pair of hashes, never 0 (an empty key slot). */
static inline uint64_t combine(uint64_t a, uint64_t b) {
    uint64_t x = finish(a * GOLDEN + b);
    return x ? x : 1;
}

static inline uint64_t step(uint64_t h, uint64_t word) {
    h = (h ^ word) * STEP1;
    return ((h << 31) | (h >> 33)) * STEP2;
}

static inline uint64_t load64(const unsigned char *p) {
    uint64_t word;
    memcpy(&word, p, 8);
    return word;
}

static inline uint64_t load32(const unsigned char *p) {
    uint32_t word;
    memcpy(&word, p, 4);
    return word;
}

/* The last n % 8 bytes of p[0:n] as a little-endian word padded with zeros (0 if none). Reads
 * only inside p[0:n]: an overlapping load where n >= 8 (no memcpy call per string). */
static inline uint64_t tail(const unsigned char *p, Py_ssize_t n) {
    unsigned r = (unsigned)(n & 7);
    const unsigned char *t = p + (n - r);
    if (r == 0) return 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n >= 8) return load64(p + n - 8) >> (64 - 8 * r);
    if (r >= 4) return load32(t) | (load32(t + r - 4) << (8 * (r - 4)));
    return (uint64_t)t[0] | ((uint64_t)t[r / 2] << (8 * (r / 2))) | ((uint64_t)t[r - 1] << (8 * (r - 1)));
#else
    uint64_t word = 0;
    for (unsigned i = 0; i < r; i++) word |= (uint64_t)t[i] << (8 * i);
    return word;
#endif
}

/* 8 bytes at a time (a word in host order: keys live in one process only), the length mixed
 * in first so zero padding of the last word cannot collide. Each step is a bijection of the
 * state for a given word, so strings of one length that differ in one word never collide. */
static uint64_t hash_bytes(const unsigned char *p, Py_ssize_t n) {
    uint64_t h = GOLDEN ^ ((uint64_t)n * MIX2);
    Py_ssize_t i = 0;
    for (; i + 8 <= n; i += 8) h = step(h, load64(p + i));
    if (n & 7) h = step(h, tail(p, n));
    return finish(h);
}

/* A string array: offsets (cells + 1 int32) into data. */
typedef struct {
    const int32_t *at;
    Py_ssize_t cells;
    const unsigned char *data;
    Py_ssize_t size;
} Strings;

static int strings_init(Strings *s, Py_buffer *offsets, Py_buffer *data, const char *who) {
    if (offsets->len % (Py_ssize_t)sizeof(int32_t) || offsets->len < (Py_ssize_t)sizeof(int32_t)) {
        PyErr_Format(PyExc_ValueError, "%s: offsets must be int32, one more than the cells", who);
        return -1;
    }
    s->at = offsets->buf;
    s->cells = offsets->len / (Py_ssize_t)sizeof(int32_t) - 1;
    s->data = data->buf;
    s->size = data->len;
    return 0;
}

/* Cell i's bytes, or -1 (with ValueError) when i or its offsets lie outside the buffers. */
static inline Py_ssize_t cell(const Strings *s, int64_t i, const unsigned char **bytes) {
    if (i < 0 || i >= s->cells) return -1;
    int32_t start = s->at[i], end = s->at[i + 1];
    if (start < 0 || start > end || end > s->size) return -1;
    *bytes = s->data + start;
    return end - start;
}

static void outside(const char *who, int64_t row) {
    PyErr_Format(PyExc_ValueError, "%s: cell %lld lies outside the data", who, (long long)row);
}

/* a[0:n] == b[0:n], word by word (the last word first: records differ at their end). */
static inline int equal(const unsigned char *a, const unsigned char *b, Py_ssize_t n) {
    if (n < 8) return tail(a, n) == tail(b, n);
    if (load64(a + n - 8) != load64(b + n - 8)) return 0;
    for (Py_ssize_t i = 0; i + 8 < n; i += 8)
        if (load64(a + i) != load64(b + i)) return 0;
    return 1;
}

static Py_ssize_t items(Py_buffer *b, Py_ssize_t size) { return b->len / size; }

static int same_items(Py_buffer *b, Py_ssize_t size, Py_ssize_t n, const char *who) {
    if (b->len != n * size) {
        PyErr_Format(PyExc_ValueError, "%s: buffers disagree on their length", who);
        return -1;
    }
    return 0;
}

static PyObject *hash_strings(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, out;
    if (!PyArg_ParseTuple(args, "y*y*w*", &offsets, &data, &out)) return NULL;
    PyObject *result = NULL;
    Strings s;
    if (strings_init(&s, &offsets, &data, "hash_strings") < 0
        || same_items(&out, sizeof(uint64_t), s.cells, "hash_strings") < 0)
        goto done;
    uint64_t *hashes = out.buf;
    const unsigned char *bytes;
    for (Py_ssize_t i = 0; i < s.cells; i++) {
        Py_ssize_t n = cell(&s, i, &bytes);
        if (n < 0) {
            outside("hash_strings", i);
            goto done;
        }
        hashes[i] = hash_bytes(bytes, n);
    }
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&out);
    return result;
}

/* Keys of group [from, to): strong ones, then every name with every date of birth / address /
 * landline / account (a landline is strong only in a group without a name). */
static Py_ssize_t group_keys(Py_ssize_t from, Py_ssize_t to, const int8_t *codes,
                             const uint8_t *roles, const uint64_t *code_hash,
                             const uint64_t *pair_hash, const uint64_t *hashes, int64_t group,
                             uint64_t *keys, int64_t *groups) {
    Py_ssize_t k = 0;
    int named = 0;
    for (Py_ssize_t i = from; i < to && !named; i++) named = (roles[codes[i]] & ROLE_NAME) != 0;
    for (Py_ssize_t i = from; i < to; i++) {
        uint8_t role = roles[codes[i]];
        if ((role & ROLE_STRONG) && !(named && (role & ROLE_HOUSEHOLD))) {
            keys[k] = combine(code_hash[codes[i]], hashes[i]);
            groups[k++] = group;
        } else if (role & ROLE_NAME) {
            uint64_t with[PAIR_KINDS];
            for (int p = 0; p < PAIR_KINDS; p++) with[p] = combine(pair_hash[p], hashes[i]);
            for (Py_ssize_t j = from; j < to; j++) {
                uint8_t other = roles[codes[j]];
                if (!(other & ROLE_PAIRED)) continue;
                keys[k] = combine(with[(other & ROLE_DOB) ? 0 : (other & ROLE_ADDRESS) ? 1
                                       : (other & ROLE_HOUSEHOLD) ? 2 : 3], hashes[j]);
                groups[k++] = group;
            }
        }
    }
    return k;
}

static PyObject *table_keys(PyObject *self, PyObject *args) {
    Py_buffer codes_b, rows_b, starts_b, offsets_b, data_b, roles_b, code_hash_b, pair_b,
        hashes_b, flags_b;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*y*y*w*w*", &codes_b, &rows_b, &starts_b,
                          &offsets_b, &data_b, &roles_b, &code_hash_b, &pair_b, &hashes_b,
                          &flags_b))
        return NULL;
    PyObject *result = NULL, *keys_out = NULL, *groups_out = NULL;
    Strings s;
    Py_ssize_t n = codes_b.len, kinds = roles_b.len;
    Py_ssize_t groups_n = items(&starts_b, sizeof(int64_t)) - 1;
    const int8_t *codes = codes_b.buf;
    const int64_t *rows = rows_b.buf, *starts = starts_b.buf;
    const uint8_t *roles = roles_b.buf;
    if (strings_init(&s, &offsets_b, &data_b, "table_keys") < 0
        || same_items(&rows_b, sizeof(int64_t), n, "table_keys") < 0
        || same_items(&hashes_b, sizeof(uint64_t), n, "table_keys") < 0
        || same_items(&code_hash_b, sizeof(uint64_t), kinds, "table_keys") < 0
        || same_items(&pair_b, sizeof(uint64_t), PAIR_KINDS, "table_keys") < 0
        || groups_n < 0 || same_items(&flags_b, 1, groups_n, "table_keys") < 0)
        goto done;
    if (starts[0] != 0 || starts[groups_n] != n) {
        PyErr_SetString(PyExc_ValueError, "table_keys: groups must cover the findings");
        goto done;
    }
    for (Py_ssize_t g = 0; g < groups_n; g++)
        if (starts[g + 1] < starts[g]) {
            PyErr_SetString(PyExc_ValueError, "table_keys: group starts must not decrease");
            goto done;
        }
    for (Py_ssize_t i = 0; i < n; i++)
        if (codes[i] < 0 || codes[i] >= kinds) {
            PyErr_Format(PyExc_ValueError, "table_keys: finding %zd has no category code", i);
            goto done;
        }
    /* First pass: hashes, the groups' flags and how many keys there will be. */
    uint64_t *hashes = hashes_b.buf;
    uint8_t *flags = flags_b.buf;
    const uint64_t *code_hash = code_hash_b.buf, *pair_hash = pair_b.buf;
    uint64_t total = 0, limit = (uint64_t)(PY_SSIZE_T_MAX / 8);
    for (Py_ssize_t g = 0; g < groups_n; g++) {
        uint64_t names = 0, pairs = 0, strong = 0, households = 0;
        int substantial = 0;
        for (Py_ssize_t i = starts[g]; i < starts[g + 1]; i++) {
            const unsigned char *bytes;
            Py_ssize_t len = cell(&s, rows[i], &bytes);
            if (len < 0) {
                outside("table_keys", rows[i]);
                goto done;
            }
            uint8_t role = roles[codes[i]];
            if (!(role & ROLE_PRESET)) hashes[i] = hash_bytes(bytes, len);
            names += (role & ROLE_NAME) != 0;
            pairs += (role & ROLE_PAIRED) != 0;
            households += (role & ROLE_HOUSEHOLD) != 0;
            strong += (role & ROLE_STRONG) != 0;
            substantial |= (role & ROLE_SUBSTANTIAL) != 0;
        }
        if (names) strong -= households;  /* landlines pair with the names instead */
        flags[g] = (substantial ? 0 : GROUP_THIN) | (names ? GROUP_NAMED : 0);
        if ((pairs && names > limit / pairs) || (total += names * pairs + strong) > limit) {
            PyErr_SetString(PyExc_MemoryError, "table_keys: too many keys in one table");
            goto done;
        }
    }
    keys_out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)total * 8);
    groups_out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)total * 8);
    if (keys_out == NULL || groups_out == NULL) goto done;
    uint64_t *keys = (uint64_t *)PyByteArray_AS_STRING(keys_out);
    int64_t *groups = (int64_t *)PyByteArray_AS_STRING(groups_out);
    Py_ssize_t k = 0;
    for (Py_ssize_t g = 0; g < groups_n; g++)
        k += group_keys(starts[g], starts[g + 1], codes, roles, code_hash, pair_hash, hashes, g,
                        keys + k, groups + k);
    result = PyTuple_Pack(2, keys_out, groups_out);
done:
    Py_XDECREF(keys_out);
    Py_XDECREF(groups_out);
    PyBuffer_Release(&codes_b);
    PyBuffer_Release(&rows_b);
    PyBuffer_Release(&starts_b);
    PyBuffer_Release(&offsets_b);
    PyBuffer_Release(&data_b);
    PyBuffer_Release(&roles_b);
    PyBuffer_Release(&code_hash_b);
    PyBuffer_Release(&pair_b);
    PyBuffer_Release(&hashes_b);
    PyBuffer_Release(&flags_b);
    return result;
}

/* UTF-8 of the n code points at s into out (room for 4n bytes); returns its length. */
static Py_ssize_t utf8_of(const uint32_t *s, Py_ssize_t n, unsigned char *out) {
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c < 0x80) {
            out[k++] = (unsigned char)c;
        } else if (c < 0x800) {
            out[k++] = (unsigned char)(0xC0 | (c >> 6));
            out[k++] = (unsigned char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[k++] = (unsigned char)(0xE0 | (c >> 12));
            out[k++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            out[k++] = (unsigned char)(0xF0 | (c >> 18));
            out[k++] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            out[k++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    return k;
}

/* The code points of s[0:len] into out (room for len); returns how many. */
static Py_ssize_t decode(const unsigned char *s, Py_ssize_t len, uint32_t *out) {
    Py_ssize_t k = 0;
    int width;
    for (Py_ssize_t i = 0; i < len; i += width) out[k++] = code_point(s, len, i, &width);
    return k;
}

static PyObject *address_hashes(PyObject *self, PyObject *args) {
    Py_buffer rows_b, offsets_b, data_b, pref_offsets_b, pref_data_b, out_b;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*w*", &rows_b, &offsets_b, &data_b, &pref_offsets_b,
                          &pref_data_b, &out_b))
        return NULL;
    PyObject *result = NULL;
    uint32_t *a = NULL, *b = NULL, *pref_cps = NULL;
    Py_ssize_t *pref_start = NULL;
    unsigned char *utf8 = NULL;
    Strings s, prefs;
    Py_ssize_t n = items(&rows_b, sizeof(int64_t));
    const int64_t *rows = rows_b.buf;
    if (strings_init(&s, &offsets_b, &data_b, "address_hashes") < 0
        || strings_init(&prefs, &pref_offsets_b, &pref_data_b, "address_hashes") < 0
        || same_items(&rows_b, sizeof(int64_t), n, "address_hashes") < 0
        || same_items(&out_b, sizeof(uint64_t), n, "address_hashes") < 0)
        goto done;
    const unsigned char *bytes = NULL;
    Py_ssize_t longest = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len = cell(&s, rows[i], &bytes);
        if (len < 0) {
            outside("address_hashes", rows[i]);
            goto done;
        }
        if (len > longest) longest = len;
    }
    pref_cps = PyMem_Malloc((size_t)(prefs.size + 1) * sizeof(uint32_t));
    pref_start = PyMem_Malloc((size_t)(prefs.cells + 1) * sizeof(Py_ssize_t));
    Py_ssize_t room = 2 * longest + 2;  /* a numeral pass may grow a key (十丁目: 10丁目) */
    a = PyMem_Malloc((size_t)room * sizeof(uint32_t));
    b = PyMem_Malloc((size_t)room * sizeof(uint32_t));
    utf8 = PyMem_Malloc((size_t)room * 4);
    if (pref_cps == NULL || pref_start == NULL || a == NULL || b == NULL || utf8 == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    pref_start[0] = 0;
    for (Py_ssize_t k = 0; k < prefs.cells; k++) {
        Py_ssize_t len = cell(&prefs, k, &bytes);
        if (len < 0) {
            outside("address_hashes", k);
            goto done;
        }
        pref_start[k + 1] = pref_start[k] + decode(bytes, len, pref_cps + pref_start[k]);
    }
    Prefectures p = {pref_cps, pref_start, prefs.cells};
    uint64_t *out = out_b.buf;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len = cell(&s, rows[i], &bytes), key_n;
        key_n = address_key_bytes(bytes, len, prefs.at, prefs.cells, prefs.data, utf8);
        if (key_n < 0) {  /* (most addresses need no pass over code points) */
            uint32_t *key = address_key_cps(a, b, decode(bytes, len, a), &p, &key_n);
            key_n = utf8_of(key, key_n, utf8);
        }
        out[i] = hash_bytes(utf8, key_n);
    }
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(a);
    PyMem_Free(b);
    PyMem_Free(utf8);
    PyMem_Free(pref_cps);
    PyMem_Free(pref_start);
    PyBuffer_Release(&rows_b);
    PyBuffer_Release(&offsets_b);
    PyBuffer_Release(&data_b);
    PyBuffer_Release(&pref_offsets_b);
    PyBuffer_Release(&pref_data_b);
    PyBuffer_Release(&out_b);
    return result;
}

static PyObject *leading_bytes(PyObject *self, PyObject *args) {
    Py_buffer rows_b, offsets_b, data_b, first_b, lengths_b;
    if (!PyArg_ParseTuple(args, "y*y*y*w*w*", &rows_b, &offsets_b, &data_b, &first_b,
                          &lengths_b))
        return NULL;
    PyObject *result = NULL;
    Strings s;
    Py_ssize_t n = items(&rows_b, sizeof(int64_t));
    Py_ssize_t width = n ? first_b.len / n : 0;
    const int64_t *rows = rows_b.buf;
    if (strings_init(&s, &offsets_b, &data_b, "leading_bytes") < 0
        || same_items(&lengths_b, sizeof(int32_t), n, "leading_bytes") < 0)
        goto done;
    if (first_b.len != n * width) {
        PyErr_SetString(PyExc_ValueError, "leading_bytes: first must hold rows x width bytes");
        goto done;
    }
    unsigned char *first = first_b.buf;
    int32_t *lengths = lengths_b.buf;
    for (Py_ssize_t i = 0; i < n; i++) {
        const unsigned char *bytes;
        Py_ssize_t len = cell(&s, rows[i], &bytes);
        if (len < 0) {
            outside("leading_bytes", rows[i]);
            goto done;
        }
        Py_ssize_t k = len < width ? len : width;
        memcpy(first + i * width, bytes, (size_t)k);
        memset(first + i * width + k, 0, (size_t)(width - k));
        lengths[i] = (int32_t)len;
    }
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&rows_b);
    PyBuffer_Release(&offsets_b);
    PyBuffer_Release(&data_b);
    PyBuffer_Release(&first_b);
    PyBuffer_Release(&lengths_b);
    return result;
}

static PyObject *record_starts(PyObject *self, PyObject *args) {
    Py_buffer rows_b, offsets_b, data_b, out_b;
    if (!PyArg_ParseTuple(args, "y*y*y*w*", &rows_b, &offsets_b, &data_b, &out_b)) return NULL;
    PyObject *result = NULL;
    Strings s;
    Py_ssize_t n = items(&rows_b, sizeof(int64_t));
    const int64_t *rows = rows_b.buf;
    if (strings_init(&s, &offsets_b, &data_b, "record_starts") < 0
        || same_items(&rows_b, sizeof(int64_t), n, "record_starts") < 0
        || same_items(&out_b, sizeof(int64_t), n, "record_starts") < 0)
        goto done;
    int64_t *out = out_b.buf;
    Py_ssize_t found = 0;
    const unsigned char *previous = NULL;
    Py_ssize_t previous_len = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        const unsigned char *bytes;
        Py_ssize_t len = cell(&s, rows[i], &bytes);
        if (len < 0) {
            outside("record_starts", rows[i]);
            goto done;
        }
        if (len != previous_len || !equal(bytes, previous, len)) out[found++] = i;
        previous = bytes;
        previous_len = len;
    }
    result = PyLong_FromSsize_t(found);
done:
    PyBuffer_Release(&rows_b);
    PyBuffer_Release(&offsets_b);
    PyBuffer_Release(&data_b);
    PyBuffer_Release(&out_b);
    return result;
}

/* Code of each finding's category (its index among the known ones, -1: none of them), found
 * through a small cache of the strings seen last: a table repeats a handful of categories. */
typedef struct {
    const unsigned char *bytes;
    Py_ssize_t len;
    int code;
} Seen;

static int category_code(const Strings *known, Seen *cache, const unsigned char *s,
                         Py_ssize_t len) {
    uint64_t word = (uint64_t)len ^ (len < 8 ? tail(s, len) : load64(s) ^ load64(s + len - 8));
    Seen *seen = &cache[(word * GOLDEN) >> 58];
    if (seen->len == len && equal(seen->bytes, s, len)) return seen->code;
    int code = -1;
    const unsigned char *bytes;
    for (Py_ssize_t k = 0; k < known->cells && code < 0; k++)
        if (cell(known, k, &bytes) == len && equal(bytes, s, len)) code = (int)k;
    seen->bytes = s;
    seen->len = len;
    seen->code = code;
    return code;
}

static PyObject *person_rows(PyObject *self, PyObject *args) {
    Py_buffer offsets_b, data_b, known_offsets_b, known_data_b, personal_b, valid_b, rows_b,
        codes_b;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*w*w*", &offsets_b, &data_b, &known_offsets_b,
                          &known_data_b, &personal_b, &valid_b, &rows_b, &codes_b))
        return NULL;
    PyObject *result = NULL;
    Strings s, known;
    if (strings_init(&s, &offsets_b, &data_b, "person_rows") < 0
        || strings_init(&known, &known_offsets_b, &known_data_b, "person_rows") < 0
        || same_items(&personal_b, 1, s.cells, "person_rows") < 0
        || same_items(&valid_b, 1, s.cells, "person_rows") < 0
        || same_items(&rows_b, sizeof(int64_t), s.cells, "person_rows") < 0
        || same_items(&codes_b, 1, s.cells, "person_rows") < 0)
        goto done;
    if (known.cells > 127) {
        PyErr_SetString(PyExc_ValueError, "person_rows: at most 127 known categories");
        goto done;
    }
    Seen cache[64];
    for (int i = 0; i < 64; i++) cache[i].len = -1;
    const uint8_t *personal = personal_b.buf, *valid = valid_b.buf;
    int64_t *rows = rows_b.buf;
    int8_t *codes = codes_b.buf;
    Py_ssize_t found = 0;
    for (Py_ssize_t i = 0; i < s.cells; i++) {
        if (!personal[i] || !valid[i]) continue;
        const unsigned char *bytes;
        Py_ssize_t len = cell(&s, i, &bytes);
        if (len < 0) {
            outside("person_rows", i);
            goto done;
        }
        int code = category_code(&known, cache, bytes, len);
        if (code < 0) continue;
        rows[found] = i;
        codes[found++] = (int8_t)code;
    }
    result = PyLong_FromSsize_t(found);
done:
    PyBuffer_Release(&offsets_b);
    PyBuffer_Release(&data_b);
    PyBuffer_Release(&known_offsets_b);
    PyBuffer_Release(&known_data_b);
    PyBuffer_Release(&personal_b);
    PyBuffer_Release(&valid_b);
    PyBuffer_Release(&rows_b);
    PyBuffer_Release(&codes_b);
    return result;
}

/* Root of x, halving the path on the way (every node then points two steps closer). */
static inline int32_t find(int32_t *parent, int32_t x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

/* Join two people: the larger root goes under the smaller (a parent is always smaller). */
static inline int32_t unite(int32_t *parent, int32_t a, int32_t b) {
    a = find(parent, a);
    b = find(parent, b);
    if (a == b) return a;
    if (a < b) { parent[b] = a; return a; }
    parent[a] = b;
    return b;
}

typedef struct {
    uint64_t *keys;
    int32_t *ids;
    Py_ssize_t mask;
} Slots;

enum { PREFETCH = 16 };  /* keys ahead */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH_SLOT(p) __builtin_prefetch((p), 1)
#else
#define PREFETCH_SLOT(p) ((void)(p))
#endif

static int slots_init(Slots *t, Py_buffer *keys, Py_buffer *ids, const char *who) {
    Py_ssize_t n = items(keys, sizeof(uint64_t));
    if (n == 0 || (n & (n - 1)) || keys->len != n * (Py_ssize_t)sizeof(uint64_t)
        || ids->len != n * (Py_ssize_t)sizeof(int32_t)) {
        PyErr_Format(PyExc_ValueError, "%s: a key table is a power of two of slots", who);
        return -1;
    }
    t->keys = keys->buf;
    t->ids = ids->buf;
    t->mask = n - 1;
    return 0;
}

/* Slot of key (linear probing from its low bits): where it is, or the empty slot where it
 * belongs; -1 when the table is full (the caller keeps it well below that). */
static Py_ssize_t probe(const Slots *t, uint64_t key) {
    Py_ssize_t slot = (Py_ssize_t)(key & (uint64_t)t->mask);
    for (Py_ssize_t tries = 0; tries <= t->mask; tries++) {
        uint64_t seen = t->keys[slot];
        if (seen == key || seen == 0) return slot;
        slot = (slot + 1) & t->mask;
    }
    return -1;
}

static PyObject *link_keys(PyObject *self, PyObject *args) {
    Py_buffer keys_b, ids_b, parent_b, groups_b, new_b, group_node_b;
    Py_ssize_t nodes, start, room;
    if (!PyArg_ParseTuple(args, "w*w*w*ny*y*w*nn", &keys_b, &ids_b, &parent_b, &nodes, &groups_b,
                          &new_b, &group_node_b, &start, &room))
        return NULL;
    PyObject *result = NULL;
    Slots t;
    Py_ssize_t n = items(&new_b, sizeof(uint64_t));
    Py_ssize_t capacity = items(&parent_b, sizeof(int32_t));
    Py_ssize_t group_count = items(&group_node_b, sizeof(int64_t));
    const int64_t *groups = groups_b.buf;
    const uint64_t *keys = new_b.buf;
    int64_t *group_node = group_node_b.buf;
    int32_t *parent = parent_b.buf;
    if (slots_init(&t, &keys_b, &ids_b, "link_keys") < 0
        || same_items(&groups_b, sizeof(int64_t), n, "link_keys") < 0
        || same_items(&new_b, sizeof(uint64_t), n, "link_keys") < 0)
        goto done;
    if (start < 0 || start > n || room < 0 || room > t.mask) {
        PyErr_SetString(PyExc_ValueError, "link_keys: start or room out of range");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (groups[i] < 0 || groups[i] >= group_count || keys[i] == 0) {
            PyErr_Format(PyExc_ValueError, "link_keys: key %zd has no group or is 0", i);
            goto done;
        }
    Py_ssize_t most = 0;  /* new nodes: one at most per group that has none yet */
    for (Py_ssize_t g = 0; g < group_count; g++) {
        if (group_node[g] < -1 || group_node[g] >= nodes) {
            PyErr_SetString(PyExc_ValueError, "link_keys: a group's node is not in the graph");
            goto done;
        }
        most += group_node[g] < 0;
    }
    if (most > n - start) most = n - start;
    if (nodes < 0 || nodes > capacity || capacity - nodes < most || capacity > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "link_keys: no room for the new nodes");
        goto done;
    }
    /* parent and ids are the graph's own state (every id < nodes, every parent <= its
     * child), written only here and by PeopleGraph; the data decides only keys and groups. */
    Py_ssize_t inserted = 0, i = start;
    for (; i < n; i++) {
        if (i + PREFETCH < n) {  /* a big table misses the cache on every key: ask ahead */
            Py_ssize_t ahead = (Py_ssize_t)(keys[i + PREFETCH] & (uint64_t)t.mask);
            PREFETCH_SLOT(&t.keys[ahead]);
            PREFETCH_SLOT(&t.ids[ahead]);
        }
        Py_ssize_t slot = probe(&t, keys[i]);
        if (slot < 0) {
            PyErr_SetString(PyExc_ValueError, "link_keys: the key table is full");
            goto done;
        }
        int64_t *mine = &group_node[groups[i]];
        if (t.keys[slot] == keys[i]) {
            int32_t root = find(parent, t.ids[slot]);
            if (*mine != root) *mine = *mine < 0 ? root : unite(parent, (int32_t)*mine, root);
            continue;
        }
        if (inserted == room) break;  /* the caller grows the table and goes on from i */
        if (*mine < 0) {  /* the group's first new key: one new node for what it brings */
            parent[nodes] = (int32_t)nodes;
            *mine = nodes++;
        }
        t.keys[slot] = keys[i];
        t.ids[slot] = (int32_t)*mine;
        inserted++;
    }
    result = Py_BuildValue("nnn", i, nodes, inserted);
done:
    PyBuffer_Release(&keys_b);
    PyBuffer_Release(&ids_b);
    PyBuffer_Release(&parent_b);
    PyBuffer_Release(&groups_b);
    PyBuffer_Release(&new_b);
    PyBuffer_Release(&group_node_b);
    return result;
}

static PyObject *reinsert(PyObject *self, PyObject *args) {
    Py_buffer old_keys_b, old_ids_b, keys_b, ids_b;
    if (!PyArg_ParseTuple(args, "y*y*w*w*", &old_keys_b, &old_ids_b, &keys_b, &ids_b))
        return NULL;
    PyObject *result = NULL;
    Slots t;
    Py_ssize_t n = items(&old_keys_b, sizeof(uint64_t));
    const uint64_t *old_keys = old_keys_b.buf;
    const int32_t *old_ids = old_ids_b.buf;
    if (slots_init(&t, &keys_b, &ids_b, "reinsert") < 0
        || same_items(&old_ids_b, sizeof(int32_t), n, "reinsert") < 0)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i + PREFETCH < n && old_keys[i + PREFETCH]) {
            Py_ssize_t ahead = (Py_ssize_t)(old_keys[i + PREFETCH] & (uint64_t)t.mask);
            PREFETCH_SLOT(&t.keys[ahead]);
            PREFETCH_SLOT(&t.ids[ahead]);
        }
        if (old_keys[i] == 0) continue;
        Py_ssize_t slot = probe(&t, old_keys[i]);
        if (slot < 0) {
            PyErr_SetString(PyExc_ValueError, "reinsert: the key table is full");
            goto done;
        }
        t.keys[slot] = old_keys[i];
        t.ids[slot] = old_ids[i];
    }
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&old_keys_b);
    PyBuffer_Release(&old_ids_b);
    PyBuffer_Release(&keys_b);
    PyBuffer_Release(&ids_b);
    return result;
}

static PyMethodDef methods[] = {
    {"hash_strings", hash_strings, METH_VARARGS, "hash_strings(offsets, data, out)"},
    {"table_keys", table_keys, METH_VARARGS,
     "table_keys(codes, rows, starts, offsets, data, roles, code_hash, pair_hash, hashes, flags)"
     " -> (keys, groups)"},
    {"person_rows", person_rows, METH_VARARGS,
     "person_rows(offsets, data, known_offsets, known_data, personal, valid, rows, codes) -> n"},
    {"record_starts", record_starts, METH_VARARGS, "record_starts(rows, offsets, data, out) -> n"},
    {"leading_bytes", leading_bytes, METH_VARARGS,
     "leading_bytes(rows, offsets, data, first, lengths)"},
    {"address_hashes", address_hashes, METH_VARARGS,
     "address_hashes(rows, offsets, data, prefecture_offsets, prefecture_data, out)"},
    {"link_keys", link_keys, METH_VARARGS,
     "link_keys(slots, ids, parent, nodes, groups, keys, group_node, start, room)"
     " -> (stop, nodes, inserted)"},
    {"reinsert", reinsert, METH_VARARGS, "reinsert(old_slots, old_ids, slots, ids)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_keys", NULL, -1, methods};
PyMODINIT_FUNC PyInit__keys(void) { return PyModule_Create(&module); }
