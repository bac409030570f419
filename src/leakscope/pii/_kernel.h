/* What the C kernels share (each a static copy: a header, no library): reading UTF-8 and
 * checking Arrow offsets before any read. */
#ifndef LEAKSCOPE_KERNEL_H
#define LEAKSCOPE_KERNEL_H

#include <Python.h>
#include <stdint.h>

/* The code point at s[i] (its length in *width); a byte that starts no valid sequence is one
 * U+FFFD: the text was valid UTF-8 when Python or Arrow made it, this only guards the reads. */
static inline uint32_t code_point(const unsigned char *s, Py_ssize_t len, Py_ssize_t i,
                                  int *width) {
    unsigned char c = s[i];
    int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > len) { *width = 1; return 0xFFFD; }
    uint32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n; k++) {
        if ((s[i + k] & 0xC0) != 0x80) { *width = 1; return 0xFFFD; }
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    *width = n;
    return cp;
}

/* str.isspace() (what str.split() and the regex \s of a str take as whitespace). */
static inline int is_space(uint32_t cp) {
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85
           || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
           || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Each of `count` items (offsets at[0..count]) lies inside data of `len` bytes; else a
 * ValueError naming `what` and the item. */
static inline int offsets_inside(const char *what, const int32_t *at, Py_ssize_t count,
                                 Py_ssize_t len) {
    for (Py_ssize_t i = 0; i < count; i++)
        if (at[i] < 0 || at[i] > at[i + 1] || at[i + 1] > len) {
            PyErr_Format(PyExc_ValueError, "%s: item %zd lies outside the data", what, i);
            return 0;
        }
    return 1;
}

#endif
