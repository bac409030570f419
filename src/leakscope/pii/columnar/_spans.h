/* rules._ADDRESS_SPANS in C, for the address column rule: whether address._ADDRESS (a
 * prefecture or a designated city, its municipality, up to 40 more characters) and a building
 * after a space (address.building_tail) cover a cell whole. RE2 compiles that 5 KB regex
 * for every batch and takes ~150 ns a cell; this reads each cell once.
 *
 * Every part of the regex is a run of characters that are no stop ([^stops]) but the spaces
 * between parts (the building_tail's line-break branches never match in a one-line cell), so a
 * cell it covers is HEAD [" " X [" " Y]]: HEAD the run the prefecture and municipality begin,
 * X a room, a named room or a building (X before a Y: a building), Y any of those.
 * tests/pii/test_address_spans.py holds this to the regex. */
#ifndef LEAKSCOPE_SPANS_H
#define LEAKSCOPE_SPANS_H

#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "../_kernel.h"

#define MAX_WORDS 64
#define BUCKETS 64

/* Strings from Python (an Arrow string array's offsets and data), found by their first or
 * last character: a chain per bucket of that character's hash (the first word, then next). */
typedef struct {
    const int32_t *at;
    const unsigned char *data;
    Py_ssize_t count;
    uint32_t first[MAX_WORDS], last[MAX_WORDS];
    int8_t first_head[BUCKETS], last_head[BUCKETS], first_next[MAX_WORDS], last_next[MAX_WORDS];
} Words;

typedef struct {
    Words prefectures, cities, buildings;
} Places;

static int is_stop(uint32_t cp) {  /* rules._address_spans's stops */
    switch (cp) {
    case ',': case '"': case '\'': case '(': case ')': case '<': case '>': case '|':
    case 0x3001: case 0x3002: case 0x300C: case 0x300D: case 0xFF08: case 0xFF09:
        return 1;
    default:
        return is_space(cp);
    }
}

static inline unsigned bucket(uint32_t cp) { return (cp * 0x9E3779B1u) >> 26; }

static int is_hiragana(uint32_t cp) { return cp >= 0x3041 && cp <= 0x3093; }  /* [ぁ-ん] */

static int is_katakana(uint32_t cp) { return (cp >= 0x30A1 && cp <= 0x30F6) || cp == 0x30FC; }

static int is_ascii_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

/* The start of the character that ends at `end` (a lead byte's position). */
static Py_ssize_t char_before(const unsigned char *s, Py_ssize_t start, Py_ssize_t end) {
    Py_ssize_t i = end - 1;
    while (i > start && (s[i] & 0xC0) == 0x80 && end - i < 4) i--;
    return i;
}

static Py_ssize_t chars_in(const unsigned char *s, Py_ssize_t from, Py_ssize_t to) {
    Py_ssize_t n = 0;
    for (Py_ssize_t i = from; i < to; i++) n += (s[i] & 0xC0) != 0x80;
    return n;
}

static int same_bytes(const unsigned char *s, Py_ssize_t len, const char *text) {
    size_t n = strlen(text);
    return (size_t)len == n && memcmp(s, text, n) == 0;
}

/* Word k's bytes and length. */
static Py_ssize_t word(const Words *w, Py_ssize_t k, const unsigned char **bytes) {
    *bytes = w->data + w->at[k];
    return w->at[k + 1] - w->at[k];
}

/* Whether s[from:end] ends with one of the words (its last character is `last`). */
static int ends_with_word(const Words *w, const unsigned char *s, Py_ssize_t from,
                          Py_ssize_t end, uint32_t last) {
    for (int k = w->last_head[bucket(last)]; k >= 0; k = w->last_next[k]) {
        const unsigned char *bytes;
        Py_ssize_t n = word(w, k, &bytes);
        if (w->last[k] == last && n <= end - from && memcmp(s + end - n, bytes, (size_t)n) == 0)
            return 1;
    }
    return 0;
}

/* A list of words from its Arrow buffers, chained by first and last character; 0 (an error
 * raised) when the buffers disagree or the words are too many. */
static int words_init(Words *w, const int32_t *at, Py_ssize_t count,
                      const unsigned char *data) {
    if (count > MAX_WORDS) {
        PyErr_SetString(PyExc_ValueError, "address_spans: too many words");
        return 0;
    }
    w->at = at;
    w->data = data;
    w->count = 0;
    memset(w->first_head, -1, sizeof w->first_head);
    memset(w->last_head, -1, sizeof w->last_head);
    for (Py_ssize_t k = 0; k < count; k++) {  /* (an empty word starts and ends nothing) */
        const unsigned char *s;
        Py_ssize_t n = word(w, k, &s);
        int width;
        w->first[k] = n ? code_point(s, n, 0, &width) : 0xFFFFFFFF;
        w->last[k] = n ? code_point(s, n, char_before(s, 0, n), &width) : 0xFFFFFFFF;
        if (!n) continue;
        unsigned first = bucket(w->first[k]), last = bucket(w->last[k]);
        w->first_next[k] = w->first_head[first];
        w->first_head[first] = (int8_t)k;
        w->last_next[k] = w->last_head[last];
        w->last_head[last] = (int8_t)k;
    }
    w->count = count;
    return 1;
}

/* [0-9]{1,5}(?:号室|号|階|F)?|[0-9]{1,2}(?:F|階)[0-9]{0,4}: s[from:to] whole. */
static int is_room(const unsigned char *s, Py_ssize_t from, Py_ssize_t to) {
    Py_ssize_t d = from;
    while (d < to && is_ascii_digit(s[d])) d++;
    Py_ssize_t n = d - from, rest = to - d;
    const unsigned char *r = s + d;
    if (n == 0) return 0;
    if (n <= 5 && (rest == 0 || same_bytes(r, rest, "号室") || same_bytes(r, rest, "号")
                   || same_bytes(r, rest, "階") || same_bytes(r, rest, "F")))
        return 1;
    Py_ssize_t unit = rest >= 1 && r[0] == 'F' ? 1
                      : rest >= 3 && memcmp(r, "階", 3) == 0 ? 3 : 0;
    if (n > 2 || unit == 0 || rest - unit > 4) return 0;
    for (Py_ssize_t i = unit; i < rest; i++)
        if (!is_ascii_digit(r[i])) return 0;
    return 1;
}

/* A building's word or two katakana ([ァ-ヶー]{2}) somewhere in s[from:to]. */
static int holds_building(const Places *p, const unsigned char *s, Py_ssize_t from,
                          Py_ssize_t to) {
    int width, katakana = 0;
    for (Py_ssize_t i = from; i < to; i += width) {
        uint32_t cp = code_point(s, to, i, &width);
        if (is_katakana(cp) && katakana) return 1;
        katakana = is_katakana(cp);
        if (ends_with_word(&p->buildings, s, from, i + width, cp)) return 1;
    }
    return 0;
}

/* roomed: [^stops]*(?:WORD|[ァ-ヶー]{2})[^stops]*?ROOM, s[from:to] whole: the shortest room
 * at the end leaves the most before it (a room is at most 7 characters). */
static int is_roomed(const Places *p, const unsigned char *s, Py_ssize_t from, Py_ssize_t to) {
    Py_ssize_t start = to;
    for (int k = 0; k < 7 && start > from; k++) {
        start = char_before(s, from, start);
        if (is_room(s, start, to)) return holds_building(p, s, from, start);
    }
    return 0;
}

/* bare: [^stops]*WORD(?:[^stops ぁ-ん]*[^stops 0-9ぁ-ん])?, s[from:to] whole: the last word
 * that ends before the end leaves the least after it. */
static int is_bare(const Places *p, const unsigned char *s, Py_ssize_t from, Py_ssize_t to) {
    int width;
    Py_ssize_t last = char_before(s, from, to);
    uint32_t cp = code_point(s, to, last, &width);
    if (ends_with_word(&p->buildings, s, from, to, cp)) return 1;
    if (is_ascii_digit(cp) || is_hiragana(cp)) return 0;
    for (Py_ssize_t end = last; end > from; end = last) {
        last = char_before(s, from, end);
        if (!ends_with_word(&p->buildings, s, from, end, code_point(s, end, last, &width)))
            continue;
        for (Py_ssize_t i = end; i < to; i += width)
            if (is_hiragana(code_point(s, to, i, &width))) return 0;
        return 1;
    }
    return 0;
}

static int is_last(const Places *p, const unsigned char *s, Py_ssize_t from, Py_ssize_t to) {
    return is_room(s, from, to) || is_roomed(p, s, from, to);
}

/* The prefecture's or city's branch of the regex, then [^stops]{0,40}: s[0:end], a run of no
 * stops, whole. */
static int is_head(const Places *p, const unsigned char *s, Py_ssize_t end) {
    int width;
    uint32_t first = end > 0 ? code_point(s, end, 0, &width) : 0;
    for (int city = 0; city < 2; city++) {
        const Words *w = city ? &p->cities : &p->prefectures;
        for (int k = w->first_head[bucket(first)]; k >= 0; k = w->first_next[k]) {
            const unsigned char *bytes;
            Py_ssize_t n = word(w, k, &bytes), i = n, chars = 0;
            if (w->first[k] != first || n >= end || memcmp(s, bytes, (size_t)n)) continue;
            /* the prefecture's [^stops][^stops市区町村郡]{0,11}[市区町村郡], the city's
             * [^stops0-9][^stops0-9区]{0,4}区: the first of those after one character */
            int found = 0;
            for (; i < end && !found; i += width, chars++) {
                uint32_t cp = code_point(s, end, i, &width);
                if (chars > 0)
                    found = city ? cp == 0x533A
                                 : cp == 0x5E02 || cp == 0x533A || cp == 0x753A
                                   || cp == 0x6751 || cp == 0x90E1;  /* 市区町村郡 */
                if (city && !found && is_ascii_digit(cp)) break;
            }
            if (found && chars <= (city ? 6 : 13) && chars_in(s, i, end) <= 40) return 1;
        }
    }
    return 0;
}

/* Where the run of no stops from s[from] ends. A stop's first byte is ASCII or one of
 * C2 E1 E2 E3 EF: the bytes of the rest (kanji, continuation bytes) are passed over. */
static Py_ssize_t run_end(const unsigned char *s, Py_ssize_t len, Py_ssize_t from) {
    int width;
    for (Py_ssize_t i = from; i < len; i++) {
        unsigned char c = s[i];
        if (c >= 0x80 && c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) continue;
        if (is_stop(code_point(s, len, i, &width))) return i;
    }
    return len;
}

/* The space (" " or U+3000) at s[at]: its width, 0 if none. */
static int space_at(const unsigned char *s, Py_ssize_t len, Py_ssize_t at) {
    int width;
    uint32_t cp = at < len ? code_point(s, len, at, &width) : 0;
    return cp == ' ' || cp == 0x3000 ? width : 0;
}

static int address_spans(const Places *p, const unsigned char *s, Py_ssize_t len) {
    Py_ssize_t head = run_end(s, len, 0);
    if (!is_head(p, s, head)) return 0;
    if (head == len) return 1;
    Py_ssize_t x = head + space_at(s, len, head);
    Py_ssize_t x_end = x > head ? run_end(s, len, x) : x;
    if (x_end == x) return 0;  /* no space, or nothing after it */
    if (x_end == len) return is_last(p, s, x, len) || is_bare(p, s, x, len);
    Py_ssize_t y = x_end + space_at(s, len, x_end);
    if (y == x_end || run_end(s, len, y) != len || y == len) return 0;
    return is_bare(p, s, x, x_end) && (is_last(p, s, y, len) || is_bare(p, s, y, len));
}

#endif
