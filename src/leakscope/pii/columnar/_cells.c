/* C kernels over a column's cells (Arrow string offsets + UTF-8 data) for the table path;
 * kernels.py and cellfacts.py hold the Arrow/regex fallback of each, tests hold them equal.
 *
 * facts(offsets, data, flags, chars): what the column rules ask of every cell, in one pass
 * over the column's bytes. For cell i (data[offsets[i]:offsets[i+1]]) it sets flags[i] to the
 * FACT_* bits below and chars[i] to its length in code points (Arrow's utf8_length: bytes that
 * are not continuation bytes). Each bit is the answer of one regex of cellfacts.py (the
 * specification); tests/pii/test_cellfacts.py holds them equal on generated cells.
 *
 * lines(offsets, data, out): the cells one per line, hyperscan's buffer for the vetter.
 *
 * without(offsets, data, byte, out_offsets, out): the cells less every `byte` (an ASCII
 * character: never inside a multi-byte sequence), Arrow's replace_substring(byte, "").
 *
 * take(offsets, data, index, out_offsets) -> bytearray: the cells at `index`, Arrow's take
 * for a string array without nulls.
 *
 * holds_any(offsets, data, code_points, out): whether each cell holds any of the code points
 * (uint32; a regex's character class).
 *
 * address_spans(offsets, data, prefectures, cities, buildings, out): whether the address
 * pattern covers each cell (rules._ADDRESS_SPANS; _spans.h); the three word lists are
 * (offsets, data) pairs of Arrow string arrays.
 *
 * The caller owns every buffer; offsets are checked against the data before any read.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "../_kernel.h"
#include "_spans.h"

enum {
    FACT_DIGITS = 1 << 0,          /* ^[0-9]{1,20}$ */
    FACT_PHONE = 1 << 1,           /* ^0[1-9][0-9]{0,3}-?[0-9]{1,4}-?[0-9]{3,4}$ */
    FACT_POSTAL = 1 << 2,          /* ^(?:[0-9]{3}-?[0-9]{4}|[0-9]{6})$ */
    FACT_DATE_SEPARATED = 1 << 3,  /* ^(?:18|19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}$ */
    FACT_DATE_COMPACT = 1 << 4,    /* ^(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]$ */
    FACT_LOST_ZERO = 1 << 5,       /* ^[1-9][0-9]{8,9}$ */
    FACT_EMAIL = 1 << 6,           /* the e-mail shape, with a letter before the @ */
    FACT_AT = 1 << 7,              /* @ */
    FACT_ASCII_NOT_DIGIT = 1 << 8, /* [\x21-\x2f\x3a-\x7e] */
    FACT_QUOTE = 1 << 9,           /* [<"] */
    FACT_NOT_IN_NAME = 1 << 10,    /* [0-9@/\\<>] */
    FACT_EDGE_SPACE = 1 << 11,     /* ^[SPACE]|[SPACE]$ */
    FACT_OTHER_SPACE = 1 << 12,    /* [SPACE] but the plain space */
    FACT_PLAIN_SPACE = 1 << 13,    /* " " */
    FACT_KANA_KANJI = 1 << 14,     /* [一-龥ぁ-んァ-ヶ] */
    FACT_NEWLINE = 1 << 15,        /* \n */
    FACT_LOOKS_BACK = 1 << 16,     /* ^(?:様|さん|殿|さま|と申します|(?:です|でございます)[。、｡､]) */
    FACT_NON_ASCII = 1 << 17,      /* [^\x00-\x7f] */
    FACT_DIGITS_HYPHENS = 1 << 18, /* ^[0-9-]+$ */
    /* A character normalize() may change (not ASCII, kana, a CJK ideograph or 々), or 「ー」
     * between digits:
     * [^\x00-\x7f\x{3005}\x{3041}-\x{3096}\x{30a1}-\x{30fa}ー\x{4e00}-\x{9fff}]
     * |[0-9]ー[0-9] */
    FACT_NORMALIZES = 1 << 19,
    FACT_NUMBERED = 1 << 20,        /* [0-9]|丁目|番地|番|号 */
    FACT_PARTICLE_END = 1 << 21,    /* (?:に|へ|で|の|を|が|は|から|まで|より|在住|です)+$ */
    FACT_NOTE_END = 1 << 22,        /* (?:様|殿|さん|さま|[)）])$ */
    FACT_PROSE_AFTER_NUMBER = 1 << 23, /* (?s)(?:[0-9]|丁目|番地|番|号).*[ぁ-ゖ] */
};

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* s[at:at+n] all digits (and inside the cell). */
static int digits(const unsigned char *s, Py_ssize_t len, Py_ssize_t at, Py_ssize_t n) {
    if (at < 0 || at + n > len) return 0;
    for (Py_ssize_t i = at; i < at + n; i++)
        if (!is_digit(s[i])) return 0;
    return 1;
}

/* Digits from `at` to the end, between lo and hi of them: the regex's last group. */
static int digits_to_end(const unsigned char *s, Py_ssize_t len, Py_ssize_t at, int lo, int hi) {
    Py_ssize_t n = len - at;
    return n >= lo && n <= hi && digits(s, len, at, n);
}

static int is_phone(const unsigned char *s, Py_ssize_t len) {
    if (len < 6 || len > 15 || s[0] != '0' || s[1] < '1' || s[1] > '9') return 0;
    for (int a = 0; a <= 3; a++) {          /* [0-9]{0,3} after 0[1-9] */
        if (!digits(s, len, 2, a)) break;
        for (int h1 = 0; h1 <= 1; h1++) {   /* -? */
            Py_ssize_t p = 2 + a;
            if (h1) { if (p >= len || s[p] != '-') continue; p++; }
            for (int b = 1; b <= 4; b++) {  /* [0-9]{1,4} */
                if (!digits(s, len, p, b)) break;
                Py_ssize_t q = p + b;
                if (digits_to_end(s, len, q, 3, 4)) return 1;
                if (q < len && s[q] == '-' && digits_to_end(s, len, q + 1, 3, 4)) return 1;
            }
        }
    }
    return 0;
}

static int is_postal(const unsigned char *s, Py_ssize_t len) {
    if (len == 8) return s[3] == '-' && digits(s, len, 0, 3) && digits(s, len, 4, 4);
    return (len == 7 || len == 6) && digits(s, len, 0, len);
}

static int is_date_separator(unsigned char c) { return c == '-' || c == '/' || c == '.'; }

static int is_date_separated(const unsigned char *s, Py_ssize_t len) {
    if (len < 8 || len > 10 || !digits(s, len, 0, 4) || !is_date_separator(s[4])) return 0;
    if (!((s[0] == '1' && s[1] == '8') || (s[0] == '1' && s[1] == '9')
          || (s[0] == '2' && s[1] == '0'))) return 0;
    for (int m = 1; m <= 2; m++) {
        Py_ssize_t p = 5 + m;
        if (digits(s, len, 5, m) && p < len && is_date_separator(s[p])
            && digits_to_end(s, len, p + 1, 1, 2)) return 1;
    }
    return 0;
}

static int is_date_compact(const unsigned char *s, Py_ssize_t len) {
    return len == 8 && digits(s, len, 0, 8)
           && (s[0] == '1' ? s[1] == '9' : s[0] == '2' && s[1] == '0')
           && s[4] <= '1' && s[6] <= '3';
}

static int is_lower_or_digit(unsigned char c) { return (c >= 'a' && c <= 'z') || is_digit(c); }

/* ^[a-z0-9][a-z0-9._\-]{0,63}@[a-z](?:[a-z0-9\-]{0,62}\.)+[a-z]{2,24}$ and a letter before @ */
static int is_email(const unsigned char *s, Py_ssize_t len) {
    Py_ssize_t at = 0, letters = 0;
    while (at < len && s[at] != '@') at++;
    if (at == len || at < 1 || at > 64 || !is_lower_or_digit(s[0])) return 0;
    for (Py_ssize_t i = 0; i < at; i++) {
        unsigned char c = s[i];
        if (!(is_lower_or_digit(c) || c == '.' || c == '_' || c == '-')) return 0;
        letters += c >= 'a' && c <= 'z';
    }
    Py_ssize_t d = at + 1, last_dot = -1;
    if (!letters || d >= len || s[d] < 'a' || s[d] > 'z') return 0;
    for (Py_ssize_t i = d + 1; i < len; i++)
        if (s[i] == '.') last_dot = i;
    if (last_dot < 0) return 0;
    Py_ssize_t label = 0;  /* characters of [a-z0-9-] since the last dot (or the first letter) */
    for (Py_ssize_t i = d + 1; i < last_dot; i++) {
        unsigned char c = s[i];
        if (c == '.') { label = 0; continue; }
        if (!(is_lower_or_digit(c) || c == '-') || ++label > 62) return 0;
    }
    Py_ssize_t tld = len - last_dot - 1;
    if (tld < 2 || tld > 24) return 0;
    for (Py_ssize_t i = last_dot + 1; i < len; i++)
        if (s[i] < 'a' || s[i] > 'z') return 0;
    return 1;
}

static int is_kana_kanji(uint32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FA5) || (cp >= 0x3041 && cp <= 0x3093)
           || (cp >= 0x30A1 && cp <= 0x30F6);
}

static int starts(const unsigned char *s, Py_ssize_t len, const char *prefix) {
    size_t n = strlen(prefix);
    return (size_t)len >= n && memcmp(s, prefix, n) == 0;
}

/* The cell starts so (its first character is `first`, led by a byte the others share). */
static int looks_back(const unsigned char *s, Py_ssize_t len, uint32_t first) {
    static const char *before_stop[] = {"です", "でございます"};
    static const char *stops[] = {"。", "、", "｡", "､"};
    if (first == 0x69D8 || first == 0x6BBF) return 1;  /* 様, 殿 */
    if (first == 0x3055) return starts(s, len, "さん") || starts(s, len, "さま");
    if (first == 0x3068) return starts(s, len, "と申します");
    if (first != 0x3067) return 0;  /* で */
    for (size_t i = 0; i < sizeof before_stop / sizeof *before_stop; i++) {
        size_t n = strlen(before_stop[i]);
        if (!starts(s, len, before_stop[i])) continue;
        for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
            if (starts(s + n, len - (Py_ssize_t)n, stops[k])) return 1;
    }
    return 0;
}

/* Bits of a byte alone (the table below), and three that only the pass uses. */
enum { NOT_DIGIT = 1u << 29, NOT_DIGIT_HYPHEN = 1u << 30, LEAD = 1u << 31 };
static uint32_t byte_facts[256];

static void fill_byte_facts(void) {
    for (int c = 0; c < 256; c++) {
        uint32_t f = 0;
        if (c >= 0x80) f |= FACT_NON_ASCII | NOT_DIGIT | NOT_DIGIT_HYPHEN;
        if (c >= 0xC0) f |= LEAD;
        if (is_digit((unsigned char)c)) f |= FACT_NUMBERED;
        if (c < 0x80 && !is_digit((unsigned char)c)) {
            f |= NOT_DIGIT;
            if (c != '-') f |= NOT_DIGIT_HYPHEN;
        }
        if ((c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x7E)) f |= FACT_ASCII_NOT_DIGIT;
        if (c == '@') f |= FACT_AT;
        if (c == '<' || c == '"') f |= FACT_QUOTE;
        if (is_digit((unsigned char)c) || c == '@' || c == '/' || c == '\\' || c == '<'
            || c == '>') f |= FACT_NOT_IN_NAME;
        if (c == '\n') f |= FACT_NEWLINE;
        if (c == ' ') f |= FACT_PLAIN_SPACE;
        else if (c < 0x80 && is_space((uint32_t)c)) f |= FACT_OTHER_SPACE;
        byte_facts[c] = f;
    }
}

/* Characters normalize() leaves as they are, whatever is around them (but 「ー」): kana, CJK
 * ideographs and 「々」 (佐々木, 野々村: ~3 % of the names in the benchmark CSV). */
static int is_stable(uint32_t cp) {
    return (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA)
           || (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3005;
}

/* What the character led by s[i] adds: kana or kanji, a space beyond ASCII, a character
 * normalization may change, hiragana after a number (the cell's facts so far: `seen`);
 * *width: its bytes (1 when they are no valid sequence). */
static uint32_t lead_facts(const unsigned char *s, Py_ssize_t len, Py_ssize_t i, int *width,
                           uint32_t seen) {
    int next_width;
    uint32_t cp = code_point(s, len, i, width);
    uint32_t numbered = cp == 0x756A || cp == 0x53F7  /* 番, 号, 丁目 */
        || (cp == 0x4E01 && i + *width < len
            && code_point(s, len, i + *width, &next_width) == 0x76EE) ? FACT_NUMBERED : 0;
    /* (a number's match ends where its character does: 丁 counts only before 目) */
    if (cp >= 0x3041 && cp <= 0x3096 && (seen & FACT_NUMBERED))
        numbered |= FACT_PROSE_AFTER_NUMBER;
    if (is_kana_kanji(cp)) return numbered | FACT_KANA_KANJI;
    if (cp == 0x30FC)  /* 「ー」: a hyphen between digits */
        return i > 0 && is_digit(s[i - 1]) && i + 3 < len && is_digit(s[i + 3])
               ? FACT_NORMALIZES : 0;
    return numbered | (is_space(cp) ? FACT_OTHER_SPACE : 0)
           | (is_stable(cp) ? 0 : FACT_NORMALIZES);
}

static int ends(const unsigned char *s, Py_ssize_t len, const char *suffix) {
    size_t n = strlen(suffix);
    return (size_t)len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* The cell ends with an honorific or a note in brackets (its last character is `last`). */
static int note_end(const unsigned char *s, Py_ssize_t len, uint32_t last) {
    switch (last) {
    case 0x69D8: case 0x6BBF: case 0xFF09: case ')':  /* 様 殿 ） ) */
        return 1;
    case 0x3093: return ends(s, len, "さん");
    case 0x307E: return ends(s, len, "さま");
    default: return 0;
    }
}

/* The cell ends with a particle (its last character is `last`). */
static int particle_end(const unsigned char *s, Py_ssize_t len, uint32_t last) {
    switch (last) {
    case 0x306B: case 0x3078: case 0x3067: case 0x306E:  /* に へ で の */
    case 0x3092: case 0x304C: case 0x306F:               /* を が は */
        return 1;
    case 0x3089: return ends(s, len, "から");
    case 0x307E: return ends(s, len, "まで");
    case 0x308A: return ends(s, len, "より");
    case 0x4F4F: return ends(s, len, "在住");
    case 0x3059: return ends(s, len, "です");
    default: return 0;
    }
}

static uint32_t cell_facts(const unsigned char *s, Py_ssize_t len, int32_t *chars) {
    uint32_t f = 0;
    int32_t n = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        uint32_t b = byte_facts[c];
        n += (c & 0xC0) != 0x80;
        f |= b;
        if (b & LEAD) {  /* its continuation bytes add nothing its lead did not: skipped */
            int width;
            f |= lead_facts(s, len, i, &width, f);
            i += width - 1;
        }
    }
    *chars = n;
    if (len == 0) return 0;
    if (!(f & NOT_DIGIT_HYPHEN)) {
        f |= FACT_DIGITS_HYPHENS;
        if (is_phone(s, len)) f |= FACT_PHONE;
        if (is_postal(s, len)) f |= FACT_POSTAL;
        if (is_date_compact(s, len)) f |= FACT_DATE_COMPACT;
    }
    if (!(f & NOT_DIGIT)) {
        if (len <= 20) f |= FACT_DIGITS;
        if ((len == 9 || len == 10) && s[0] != '0') f |= FACT_LOST_ZERO;
    }
    if (!(f & FACT_NON_ASCII)) {
        if (is_date_separated(s, len)) f |= FACT_DATE_SEPARATED;
        if ((f & FACT_AT) && is_email(s, len)) f |= FACT_EMAIL;
    }
    int width;
    uint32_t first = code_point(s, len, 0, &width);
    if (is_space(first)) f |= FACT_EDGE_SPACE;
    Py_ssize_t at = len - 1;  /* back to the last character's lead byte */
    while (at > 0 && (s[at] & 0xC0) == 0x80 && len - at < 4) at--;
    uint32_t last = code_point(s, len, at, &width);
    if (at + width != len) last = 0xFFFD;
    if (is_space(last)) f |= FACT_EDGE_SPACE;
    if (note_end(s, len, last)) f |= FACT_NOTE_END;
    if (f & FACT_NON_ASCII) {
        if (looks_back(s, len, first)) f |= FACT_LOOKS_BACK;
        if (particle_end(s, len, last)) f |= FACT_PARTICLE_END;
    }
    return f & ~(NOT_DIGIT | NOT_DIGIT_HYPHEN | LEAD);
}

/* Offsets of `cells` cells (cells + 1 of them) inside data of `len` bytes; else raise. */
static int cells_inside(const char *what, const Py_buffer *offsets, Py_ssize_t cells,
                        Py_ssize_t len) {
    if (offsets->len != (cells + 1) * (Py_ssize_t)sizeof(int32_t)) {
        PyErr_Format(PyExc_ValueError, "%s: the buffers disagree on the number of cells", what);
        return 0;
    }
    return offsets_inside(what, offsets->buf, cells, len);
}

/* The cells an offsets buffer (one int32 more than the cells) counts, inside data of `len`
 * bytes; -1 (an error raised) for no offsets at all or offsets outside the data. */
static Py_ssize_t counted_cells(const char *what, const Py_buffer *offsets, Py_ssize_t len) {
    Py_ssize_t cells = offsets->len / (Py_ssize_t)sizeof(int32_t) - 1;
    if (cells < 0) {
        PyErr_Format(PyExc_ValueError, "%s: no offsets (one more than the cells)", what);
        return -1;
    }
    return cells_inside(what, offsets, cells, len) ? cells : -1;
}

static PyObject *facts(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, flags, chars;
    if (!PyArg_ParseTuple(args, "y*y*w*w*", &offsets, &data, &flags, &chars)) return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = flags.len / (Py_ssize_t)sizeof(uint32_t);
    if (chars.len != cells * (Py_ssize_t)sizeof(int32_t)) {
        PyErr_SetString(PyExc_ValueError, "facts: the buffers disagree on the number of cells");
        goto done;
    }
    if (!cells_inside("facts", &offsets, cells, data.len)) goto done;
    const int32_t *at = offsets.buf;
    const unsigned char *bytes = data.buf;
    uint32_t *out = flags.buf;
    int32_t *lengths = chars.buf;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < cells; i++)
        out[i] = cell_facts(bytes + at[i], at[i + 1] - at[i], &lengths[i]);
    Py_END_ALLOW_THREADS
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&flags);
    PyBuffer_Release(&chars);
    return result;
}

/* lines(offsets, data, out): out = "\n" + cell + "\n" + cell ... + "\n" (one hyperscan buffer
 * in which ^ and $ stop at every cell), 1 + len(cells' data) + cells bytes. */
static PyObject *lines(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, out;
    if (!PyArg_ParseTuple(args, "y*y*w*", &offsets, &data, &out)) return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = counted_cells("lines", &offsets, data.len);
    if (cells < 0) goto done;
    const int32_t *at = offsets.buf;
    if (out.len != 1 + (Py_ssize_t)(at[cells] - at[0]) + cells) {
        PyErr_SetString(PyExc_ValueError, "lines: the output buffer has the wrong size");
        goto done;
    }
    unsigned char *o = out.buf;
    *o++ = '\n';
    for (Py_ssize_t i = 0; i < cells; i++) {
        size_t n = (size_t)(at[i + 1] - at[i]);
        memcpy(o, (const unsigned char *)data.buf + at[i], n);
        o += n;
        *o++ = '\n';
    }
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&out);
    return result;
}

/* without(offsets, data, byte, out_offsets, out) -> size: each cell copied into out less
 * every `byte` (ASCII), out_offsets its new offsets (from 0, one more than the cells); out
 * holds at least the cells' bytes; the bytes written are returned. */
static PyObject *without(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, out_offsets, out;
    int byte;
    if (!PyArg_ParseTuple(args, "y*y*iw*w*", &offsets, &data, &byte, &out_offsets, &out))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = counted_cells("without", &offsets, data.len);
    if (cells < 0) goto done;
    const int32_t *at = offsets.buf;
    if (byte < 0 || byte >= 0x80 || out_offsets.len != offsets.len
        || out.len < (Py_ssize_t)(at[cells] - at[0])) {
        PyErr_SetString(PyExc_ValueError,
                        "without: an ASCII byte and buffers as large as the cells");
        goto done;
    }
    const unsigned char *bytes = data.buf;
    unsigned char *o = out.buf;
    int32_t *ends = out_offsets.buf;
    int32_t size = 0;
    ends[0] = 0;
    for (Py_ssize_t i = 0; i < cells; i++) {
        const unsigned char *s = bytes + at[i], *end = bytes + at[i + 1];
        while (s < end) {
            const unsigned char *hit = memchr(s, byte, (size_t)(end - s));
            size_t n = (size_t)((hit ? hit : end) - s);
            memcpy(o + size, s, n);
            size += (int32_t)n;
            s += n + (hit != NULL);
        }
        ends[i + 1] = size;
    }
    result = PyLong_FromLong(size);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&out_offsets);
    PyBuffer_Release(&out);
    return result;
}

/* take(offsets, data, index, out_offsets) -> bytearray: cell index[j] of the cells (offsets
 * into data) is cell j of the result: its bytes in the bytearray returned, its end at
 * out_offsets[j + 1] (out_offsets[0] = 0; int32, one more than the int64 index). */
static PyObject *take(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, index, out_offsets;
    if (!PyArg_ParseTuple(args, "y*y*y*w*", &offsets, &data, &index, &out_offsets)) return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = counted_cells("take", &offsets, data.len);
    Py_ssize_t count = index.len / (Py_ssize_t)sizeof(int64_t);
    if (cells < 0) goto done;
    if (out_offsets.len != (count + 1) * (Py_ssize_t)sizeof(int32_t)) {
        PyErr_SetString(PyExc_ValueError, "take: the offsets out disagree with the index");
        goto done;
    }
    const int32_t *at = offsets.buf;
    const int64_t *pick = index.buf;
    int64_t size = 0;
    for (Py_ssize_t j = 0; j < count; j++) {
        if (pick[j] < 0 || pick[j] >= cells) {
            PyErr_Format(PyExc_IndexError, "take: index %lld out of %zd cells",
                         (long long)pick[j], cells);
            goto done;
        }
        size += at[pick[j] + 1] - at[pick[j]];
    }
    if (size > INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "take: more than 2 GiB of text");
        goto done;
    }
    result = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)size);
    if (result == NULL) goto done;
    unsigned char *o = (unsigned char *)PyByteArray_AS_STRING(result);
    const unsigned char *bytes = data.buf;
    int32_t *ends = out_offsets.buf, end = 0;
    ends[0] = 0;
    for (Py_ssize_t j = 0; j < count; j++) {
        int32_t from = at[pick[j]], n = at[pick[j] + 1] - from;
        memcpy(o + end, bytes + from, (size_t)n);
        end += n;
        ends[j + 1] = end;
    }
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&index);
    PyBuffer_Release(&out_offsets);
    return result;
}

/* One list of words from its Arrow buffers (an error raised where they disagree). */
static int words_from(Words *w, const Py_buffer *offsets, const Py_buffer *data) {
    Py_ssize_t count = counted_cells("address_spans", offsets, data->len);
    return count >= 0 && words_init(w, offsets->buf, count, data->buf);
}

static PyObject *spans(PyObject *self, PyObject *args) {
    Py_buffer b[9];  /* the cells, three word lists, out */
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*y*y*w*", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5],
                          &b[6], &b[7], &b[8]))
        return NULL;
    PyObject *result = NULL;
    Places p;
    Py_ssize_t cells = counted_cells("address_spans", &b[0], b[1].len);
    if (cells < 0 || !words_from(&p.prefectures, &b[2], &b[3])
        || !words_from(&p.cities, &b[4], &b[5]) || !words_from(&p.buildings, &b[6], &b[7]))
        goto done;
    if (b[8].len != cells) {
        PyErr_SetString(PyExc_ValueError, "address_spans: one output byte a cell");
        goto done;
    }
    const int32_t *at = b[0].buf;
    const unsigned char *bytes = b[1].buf;
    unsigned char *out = b[8].buf;
    for (Py_ssize_t i = 0; i < cells; i++)
        out[i] = (unsigned char)address_spans(&p, bytes + at[i], at[i + 1] - at[i]);
    result = Py_NewRef(Py_None);
done:
    for (int k = 0; k < 9; k++) PyBuffer_Release(&b[k]);
    return result;
}

static PyObject *holds_any(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, wanted, out;
    if (!PyArg_ParseTuple(args, "y*y*y*w*", &offsets, &data, &wanted, &out)) return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = counted_cells("holds_any", &offsets, data.len);
    Py_ssize_t count = wanted.len / (Py_ssize_t)sizeof(uint32_t);
    if (cells < 0) goto done;
    if (out.len != cells) {
        PyErr_SetString(PyExc_ValueError, "holds_any: one output byte a cell");
        goto done;
    }
    const uint32_t *cps = wanted.buf;
    unsigned char ascii[128] = {0};
    uint64_t bits = 0;  /* a bit per wanted code point beyond ASCII (by its hash) */
    uint32_t *wide = PyMem_Malloc((size_t)(count + 1) * sizeof(uint32_t));
    Py_ssize_t wides = 0;  /* those code points */
    if (wide == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        if (cps[k] < 128) {
            ascii[cps[k]] = 1;
        } else {
            bits |= 1ULL << bucket(cps[k]);
            wide[wides++] = cps[k];
        }
    }
    const int32_t *at = offsets.buf;
    const unsigned char *bytes = data.buf;
    unsigned char *o = out.buf;
    for (Py_ssize_t i = 0; i < cells; i++) {
        const unsigned char *c = bytes + at[i];
        Py_ssize_t len = at[i + 1] - at[i];
        int found = 0, width;
        for (Py_ssize_t j = 0; j < len && !found; j += width) {
            uint32_t cp;
            if (c[j] < 0x80) {
                found = ascii[c[j]];
                width = 1;
                continue;
            }
            if ((c[j] & 0xF0) == 0xE0 && j + 2 < len && (c[j + 1] & 0xC0) == 0x80
                && (c[j + 2] & 0xC0) == 0x80) {  /* kana and kanji: three bytes */
                cp = (uint32_t)(c[j] & 0x0F) << 12 | (uint32_t)(c[j + 1] & 0x3F) << 6
                     | (c[j + 2] & 0x3F);
                width = 3;
            } else {
                cp = code_point(c, len, j, &width);
            }
            if (!(bits & (1ULL << bucket(cp)))) continue;
            for (Py_ssize_t k = 0; k < wides && !found; k++) found = wide[k] == cp;
        }
        o[i] = (unsigned char)found;
    }
    PyMem_Free(wide);
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&wanted);
    PyBuffer_Release(&out);
    return result;
}

static PyMethodDef methods[] = {
    {"holds_any", holds_any, METH_VARARGS,
     "holds_any(offsets, data, code_points, out): cells holding any of the code points."},
    {"address_spans", spans, METH_VARARGS,
     "address_spans(offsets, data, prefectures, cities, buildings, out): 9 buffers."},
    {"facts", facts, METH_VARARGS, "facts(offsets, data, flags, chars): one pass per column."},
    {"lines", lines, METH_VARARGS, "lines(offsets, data, out): newline-separated cells."},
    {"take", take, METH_VARARGS, "take(offsets, data, index, out_offsets) -> bytearray."},
    {"without", without, METH_VARARGS,
     "without(offsets, data, byte, out_offsets, out) -> size: the cells less a byte."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_cells", NULL, -1, methods};

PyMODINIT_FUNC PyInit__cells(void) {
    fill_byte_facts();
    return PyModule_Create(&module);
}
