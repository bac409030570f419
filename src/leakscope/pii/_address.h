/* address_keys.address_key in C, for _keys.address_hashes: the same passes in the same order,
 * each over a buffer of code points (one pass per regex of address_keys.py, so each is easy to
 * hold against its regex; tests/pii/test_address_keys.py holds the three ways equal). */
#ifndef LEAKSCOPE_ADDRESS_H
#define LEAKSCOPE_ADDRESS_H

#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "_kernel.h"

typedef struct {
    const uint32_t *cps;  /* the prefectures' code points, one after another */
    const Py_ssize_t *start;  /* prefecture k: cps[start[k]:start[k + 1]] */
    Py_ssize_t count;
} Prefectures;

enum {
    CP_CHOME = 0x4E01, CP_ME = 0x76EE, CP_BAN = 0x756A, CP_GO = 0x53F7, CP_JO = 0x6761,
    CP_SEN = 0x7DDA, CP_CHI = 0x5730, CP_WARI = 0x5272, CP_JU = 0x5341, CP_NO = 0x306E,
    CP_KATA_NO = 0x30CE, CP_SMALL_KE = 0x30F6, CP_POSTAL = 0x3012, CP_DAI = 0x5927,
    CP_AZA = 0x5B57, CP_SHITSU = 0x5BA4,
};

static inline int addr_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static inline int addr_kanji(uint32_t c) { return c >= 0x4E00 && c <= 0x9FA5; }  /* [一-龥] */

/* 一..九 as 1..9, else 0 */
static inline int kanji_one(uint32_t c) {
    switch (c) {
    case 0x4E00: return 1;
    case 0x4E8C: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    default: return 0;
    }
}

/* Length of the unit (丁目|番|号|条|線|地割) at s[i], 0 if none. */
static inline Py_ssize_t numeral_unit(const uint32_t *s, Py_ssize_t n, Py_ssize_t i) {
    if (i >= n) return 0;
    uint32_t c = s[i];
    if (c == CP_CHOME) return i + 1 < n && s[i + 1] == CP_ME ? 2 : 0;
    if (c == CP_CHI) return i + 1 < n && s[i + 1] == CP_WARI ? 2 : 0;
    return c == CP_BAN || c == CP_GO || c == CP_JO || c == CP_SEN;
}

/* Length of the block unit (丁目|番地|番|号|の, first match in that order) at s[i], 0 if none. */
static inline Py_ssize_t block_unit(const uint32_t *s, Py_ssize_t n, Py_ssize_t i) {
    if (i >= n) return 0;
    uint32_t c = s[i];
    if (c == CP_CHOME) return i + 1 < n && s[i + 1] == CP_ME ? 2 : 0;
    if (c == CP_BAN) return i + 1 < n && s[i + 1] == CP_CHI ? 2 : 1;
    return c == CP_GO || c == CP_NO;
}

/* [ \t\n\r\f\v\u3000\u00a0]+ -> "" */
static Py_ssize_t pass_spaces(const uint32_t *s, Py_ssize_t n, uint32_t *o) {
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (!((s[i] >= 0x09 && s[i] <= 0x0D) || s[i] == ' ' || s[i] == 0x3000 || s[i] == 0xA0))
            o[k++] = s[i];
    return k;
}

/* ^〒?(?:[0-9]{3}-?[0-9]{4})? -> "", then ^(?:prefectures) -> "": where the rest begins. */
static Py_ssize_t head_length(const uint32_t *s, Py_ssize_t n, const Prefectures *p) {
    Py_ssize_t i = n > 0 && s[0] == CP_POSTAL;
    if (i + 3 <= n && addr_digit(s[i]) && addr_digit(s[i + 1]) && addr_digit(s[i + 2])) {
        Py_ssize_t j = i + 3 + (i + 3 < n && s[i + 3] == '-');
        if (j + 4 <= n && addr_digit(s[j]) && addr_digit(s[j + 1]) && addr_digit(s[j + 2])
            && addr_digit(s[j + 3]))
            i = j + 4;
    }
    for (Py_ssize_t k = 0; k < p->count && i < n; k++) {
        Py_ssize_t len = p->start[k + 1] - p->start[k];
        if (len > 0 && i + len <= n && s[i] == p->cps[p->start[k]]
            && memcmp(s + i, p->cps + p->start[k], (size_t)len * sizeof(uint32_t)) == 0)
            return i + len;
    }
    return i;
}

/* Every pair a, b -> "" (大字, 号室), left to right. */
static Py_ssize_t pass_drop(const uint32_t *s, Py_ssize_t n, uint32_t *o, uint32_t a, uint32_t b) {
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (s[i] == a && i + 1 < n && s[i + 1] == b) { i++; continue; }
        o[k++] = s[i];
    }
    return k;
}

/* ([一-龥々])[ケヵがガ]([一-龥]) -> \1ヶ\2 and ([一-龥々])ノ([一-龥]) -> \1の\2, each its own pass
 * (in place: the length stays; a match takes its third character). */
static void pass_between_kanji(uint32_t *s, Py_ssize_t n, int katakana_no) {
    for (Py_ssize_t i = 0; i + 2 < n; i++) {
        uint32_t c = s[i + 1];
        int hit = katakana_no ? c == CP_KATA_NO
                              : (c == 0x30B1 || c == 0x30F5 || c == 0x304C || c == 0x30AC);
        if (hit && (addr_kanji(s[i]) || s[i] == 0x3005) && addr_kanji(s[i + 2])) {
            s[i + 1] = katakana_no ? CP_NO : CP_SMALL_KE;
            i += 2;
        }
    }
}

/* The five rules of address_keys._NUMERALS before a unit, one pass each. */
static Py_ssize_t pass_numerals(const uint32_t *s, Py_ssize_t n, uint32_t *o, int rule) {
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int one = kanji_one(s[i]);
        switch (rule) {
        case 0:  /* {d}(U) -> {a}\1 */
            if (one && numeral_unit(s, n, i + 1)) { o[k++] = '0' + one; continue; }
            break;
        case 1:  /* {d}十([0-9]U) -> {a}\1 */
            if (one && i + 2 < n && s[i + 1] == CP_JU && addr_digit(s[i + 2])
                && numeral_unit(s, n, i + 3)) { o[k++] = '0' + one; i++; continue; }
            break;
        case 2:  /* 十([0-9]U) -> 1\1 */
            if (s[i] == CP_JU && i + 1 < n && addr_digit(s[i + 1]) && numeral_unit(s, n, i + 2))
                { o[k++] = '1'; continue; }
            break;
        case 3:  /* {d}十(U) -> {a}0\1 */
            if (one && i + 1 < n && s[i + 1] == CP_JU && numeral_unit(s, n, i + 2))
                { o[k++] = '0' + one; o[k++] = '0'; i++; continue; }
            break;
        default:  /* 十(U) -> 10\1 */
            if (s[i] == CP_JU && numeral_unit(s, n, i + 1)) { o[k++] = '1'; o[k++] = '0'; continue; }
        }
        o[k++] = s[i];
    }
    return k;
}

/* Whether s[0:e] ends in 丁目, 番地, 番 or の. */
static inline int after_unit(const uint32_t *s, Py_ssize_t e) {
    if (e < 1) return 0;
    uint32_t c = s[e - 1];
    if (c == CP_NO || c == CP_BAN) return 1;
    return e >= 2 && ((c == CP_CHI && s[e - 2] == CP_BAN) || (c == CP_ME && s[e - 2] == CP_CHOME));
}

/* The five rules of the numeral that ends the address (address_keys._NUMERALS[5:]), in place
 * at the end of s (n code points, room for one more); returns the new length. */
static Py_ssize_t pass_last_numeral(uint32_t *s, Py_ssize_t n, int rule) {
    int last = n >= 1 ? kanji_one(s[n - 1]) : 0;
    switch (rule) {
    case 0:  /* (P(?:[一-九]?十)?){d}$ -> {p}{a} */
        if (last && (after_unit(s, n - 1)
                     || (n >= 2 && s[n - 2] == CP_JU
                         && (after_unit(s, n - 2)
                             || (n >= 3 && kanji_one(s[n - 3]) && after_unit(s, n - 3))))))
            s[n - 1] = '0' + last;
        return n;
    case 1:  /* (P){d}十([0-9])$ -> {p}{a}{n} */
        if (n >= 3 && addr_digit(s[n - 1]) && s[n - 2] == CP_JU && kanji_one(s[n - 3])
            && after_unit(s, n - 3)) {
            s[n - 3] = '0' + kanji_one(s[n - 3]);
            s[n - 2] = s[n - 1];
            return n - 1;
        }
        return n;
    case 2:  /* (P)十([0-9])$ -> {p}1{n} */
        if (n >= 2 && addr_digit(s[n - 1]) && s[n - 2] == CP_JU && after_unit(s, n - 2))
            s[n - 2] = '1';
        return n;
    case 3:  /* (P){d}十$ -> {p}{a}0 */
        if (n >= 2 && s[n - 1] == CP_JU && kanji_one(s[n - 2]) && after_unit(s, n - 2)) {
            s[n - 2] = '0' + kanji_one(s[n - 2]);
            s[n - 1] = '0';
        }
        return n;
    default:  /* (P)十$ -> {p}10 */
        if (n >= 1 && s[n - 1] == CP_JU && after_unit(s, n - 1)) {
            s[n - 1] = '1';
            s[n++] = '0';
        }
        return n;
    }
}

/* ([0-9])(?:丁目|番地|番|号|の)+ -> \1- */
static Py_ssize_t pass_block_units(const uint32_t *s, Py_ssize_t n, uint32_t *o) {
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        o[k++] = s[i];
        if (!addr_digit(s[i])) continue;
        Py_ssize_t j = i + 1, len;
        while ((len = block_unit(s, n, j)) > 0) j += len;
        if (j > i + 1) { o[k++] = '-'; i = j - 1; }
    }
    return k;
}

/* -+ -> -, then -([^0-9]|$) -> \1 (no two hyphens meet after the first). */
static Py_ssize_t pass_hyphens(const uint32_t *s, Py_ssize_t n, uint32_t *o) {
    Py_ssize_t k = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (s[i] != '-') { o[k++] = s[i]; continue; }
        while (i + 1 < n && s[i + 1] == '-') i++;
        if (i + 1 < n && addr_digit(s[i + 1])) o[k++] = '-';
    }
    return k;
}

/* ^(.*?[0-9]+(?:-[0-9]+)+)[^0-9-].*$ -> \1: the end of the first run of two or more numbers
 * joined by hyphens that something other than a digit or hyphen follows, else n. Over code
 * points or UTF-8 bytes alike (digits and hyphens are one byte; no other byte is either). */
#define BLOCK_END(name, type) \
static Py_ssize_t name(const type *s, Py_ssize_t n) { \
    Py_ssize_t i = 0; \
    while (i < n) { \
        if (!addr_digit(s[i])) { i++; continue; } \
        Py_ssize_t j = i, parts = 1; \
        while (j < n && addr_digit(s[j])) j++; \
        while (j + 1 < n && s[j] == '-' && addr_digit(s[j + 1])) { \
            j++; \
            while (j < n && addr_digit(s[j])) j++; \
            parts++; \
        } \
        if (parts >= 2 && j < n && s[j] != '-') return j;  /* (s[j] is no digit) */ \
        i = j; \
    } \
    return n; \
}
BLOCK_END(block_end, uint32_t)
BLOCK_END(block_end_bytes, unsigned char)

/* The key of the n code points at a (a and b: room for 2n + 2 each); returns the buffer that
 * holds it (a or b) and its length in *out_n. A pass whose characters the address lacks is
 * skipped (no pass makes another's: they drop characters or write ヶ, の, digits, hyphens). */
static uint32_t *address_key_cps(uint32_t *a, uint32_t *b, Py_ssize_t n, const Prefectures *p,
                                 Py_ssize_t *out_n) {
    n = pass_spaces(a, n, b);
    Py_ssize_t head = head_length(b, n, p);
    uint32_t *s = b + head, *o = a;
    n -= head;
    int numerals = 0, aza = 0, kana = 0, no = 0, shitsu = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c < 0x3000) continue;
        numerals |= kanji_one(c) || c == CP_JU;
        aza |= c == CP_AZA;
        kana |= c == 0x30B1 || c == 0x30F5 || c == 0x304C || c == 0x30AC;
        no |= c == CP_KATA_NO;
        shitsu |= c == CP_SHITSU;
    }
    if (aza) {
        n = pass_drop(s, n, o, CP_DAI, CP_AZA);
        uint32_t *t = s; s = o; o = t;
    }
    if (kana) pass_between_kanji(s, n, 0);
    if (no) pass_between_kanji(s, n, 1);
    for (int rule = 0; numerals && rule < 5; rule++) {
        n = pass_numerals(s, n, o, rule);
        uint32_t *t = s; s = o; o = t;
    }
    for (int rule = 0; numerals && rule < 5; rule++) n = pass_last_numeral(s, n, rule);
    if (shitsu) {
        n = pass_drop(s, n, o, CP_GO, CP_SHITSU);
        uint32_t *t = s; s = o; o = t;
    }
    n = pass_block_units(s, n, o);
    n = pass_hyphens(o, n, s);
    *out_n = block_end(s, n);
    return s;
}

/* The bytes of the block unit (丁目|番地|番|号|の, the first that matches) s[0:len] starts
 * with, 0 if none. */
static inline Py_ssize_t block_unit_bytes(const unsigned char *s, Py_ssize_t len) {
    if (len < 3) return 0;
    if (s[0] == 0xE4 && s[1] == 0xB8 && s[2] == 0x81)  /* 丁, then 目 */
        return len >= 6 && s[3] == 0xE7 && s[4] == 0x9B && s[5] == 0xAE ? 6 : 0;
    if (s[0] == 0xE7 && s[1] == 0x95 && s[2] == 0xAA)  /* 番, maybe 地 */
        return len >= 6 && s[3] == 0xE5 && s[4] == 0x9C && s[5] == 0xB0 ? 6 : 3;
    return (s[0] == 0xE5 && s[1] == 0x8F && s[2] == 0xB7)     /* 号 */
           || (s[0] == 0xE3 && s[1] == 0x81 && s[2] == 0xAE)  /* の */
           ? 3 : 0;
}

/* The key of an address in its UTF-8 bytes s[0:len] when nothing but the head and the block
 * passes may change it, written to out (room for len); -1 where another pass may (a space,
 * 〒, 字, 室, a kanji numeral before a unit, 十, a digit or the end, kana between kanji) or
 * a byte sequence is not the UTF-8 of its code point (the code point passes then read it).
 * A pass whose pattern matches nowhere changes nothing, so this is address_key_cps on bytes:
 * digits and hyphens are ASCII, a unit is a fixed byte string. prefectures: their UTF-8. */
static Py_ssize_t address_key_bytes(const unsigned char *s, Py_ssize_t len,
                                    const int32_t *pref_at, Py_ssize_t pref_count,
                                    const unsigned char *pref_data, unsigned char *out) {
    int width, numeral = 0, between = 0;  /* the character before: a numeral, kana after kanji */
    uint32_t previous = 0;
    for (Py_ssize_t i = 0; i < len; i += width) {
        uint32_t cp = code_point(s, len, i, &width);
        if (width == 1 ? cp >= 0x80 || (cp >= 0x09 && cp <= 0x0D) || cp == ' '
            : width == 2 ? cp < 0x80 || cp == 0xA0
            : width == 3 ? cp < 0x800 : cp < 0x10000 || s[i] > 0xF7)
            return -1;  /* a space, or bytes the code points would write otherwise */
        if (numeral && (addr_digit(cp) || cp == CP_JU || cp == CP_CHOME || cp == CP_BAN
                        || cp == CP_GO || cp == CP_JO || cp == CP_SEN || cp == CP_CHI))
            return -1;
        if (between && addr_kanji(cp)) return -1;
        if (cp == 0x3000 || cp == CP_POSTAL || cp == CP_AZA || cp == CP_SHITSU) return -1;
        numeral = cp == CP_JU || kanji_one(cp);
        between = (cp == 0x30B1 || cp == 0x30F5 || cp == 0x304C || cp == 0x30AC
                   || cp == CP_KATA_NO) && (addr_kanji(previous) || previous == 0x3005);
        previous = cp;
    }
    if (numeral) return -1;
    Py_ssize_t i = 0;  /* the head: ^(?:[0-9]{3}-?[0-9]{4})?, then a prefecture */
    if (len >= 7 && addr_digit(s[0]) && addr_digit(s[1]) && addr_digit(s[2])) {
        Py_ssize_t j = 3 + (s[3] == '-');
        if (j + 4 <= len && addr_digit(s[j]) && addr_digit(s[j + 1]) && addr_digit(s[j + 2])
            && addr_digit(s[j + 3]))
            i = j + 4;
    }
    for (Py_ssize_t k = 0; k < pref_count; k++) {
        Py_ssize_t n = pref_at[k + 1] - pref_at[k];
        const unsigned char *name = pref_data + pref_at[k];
        if (n >= 3 && i + n <= len && s[i + 2] == name[2] && s[i + 1] == name[1]
            && memcmp(s + i, name, (size_t)n) == 0) {
            i += n;
            break;
        }
    }
    /* ([0-9])(?:丁目|番地|番|号|の)+ -> \1-, -+ -> -, -([^0-9]|$) -> \1: a hyphen waits for
     * the byte after it, and is written before a digit only */
    Py_ssize_t k = 0;
    int hyphen = 0;
    while (i < len) {
        unsigned char c = s[i++];
        if (c == '-') {
            hyphen = 1;
            continue;
        }
        if (hyphen && addr_digit(c)) out[k++] = '-';
        hyphen = 0;
        out[k++] = c;
        if (!addr_digit(c)) continue;
        Py_ssize_t unit;
        while ((unit = block_unit_bytes(s + i, len - i)) > 0) {
            i += unit;
            hyphen = 1;
        }
    }
    return block_end_bytes(out, k);
}

#endif
