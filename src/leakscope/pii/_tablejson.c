/* A finding table's masked values and JSON lines, one pass each, for `scan --json`.
 *
 * masked(offsets, data, rules, out_offsets, out_data) -> bytes used: each value masked by its
 * rule, as masking.mask does (code points, not bytes; an empty value stays empty). Rules:
 * 0 none, 1 e-mail, 2 a name (first character), 3 an address (first three), 4 a date of
 * birth, 5 eight stars, 6 an IP address, 7 a postal code (first three), 8 the default (the
 * last four of a long value). out_data holds at least 2 * len(data) + 8 * cells bytes (and
 * less than 2 GiB: the offsets are Arrow's int32).
 *
 * lines(offsets, data, kinds, rows, before_offsets, before, after_offsets, after, middle)
 * -> bytes: per value, before[kind] + the value JSON-escaped as json.dumps(ensure_ascii=False)
 * escapes it + middle + the row in decimal + after[kind].
 *
 * tests/pii/test_table_kernel.py holds both to the Python they replace. Every offset, kind
 * and length is checked before it is read.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "_kernel.h"

enum { NONE, EMAIL, NAME, ADDRESS, BIRTH, FIXED, IP, POSTAL, DEFAULT, RULES };

static Py_ssize_t chars(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < n; i++) count += (s[i] & 0xC0) != 0x80;
    return count;
}

/* Bytes of the first k code points of s[0:n]. */
static Py_ssize_t head(const unsigned char *s, Py_ssize_t n, Py_ssize_t k) {
    Py_ssize_t i = 0;
    for (; i < n && k > 0; k--)
        do i++; while (i < n && (s[i] & 0xC0) == 0x80);
    return i;
}

static unsigned char *stars(unsigned char *o, Py_ssize_t count) {
    if (count > 0) memset(o, '*', (size_t)count), o += count;
    return o;
}

static unsigned char *copy(unsigned char *o, const unsigned char *s, Py_ssize_t n) {
    if (n > 0) memcpy(o, s, (size_t)n), o += n;
    return o;
}

static Py_ssize_t max(Py_ssize_t a, Py_ssize_t b) { return a > b ? a : b; }

static unsigned char *mask_one(unsigned char *o, const unsigned char *s, Py_ssize_t n, int rule) {
    if (n <= 0 || rule == NONE) return copy(o, s, n);
    Py_ssize_t len = chars(s, n);
    switch (rule) {
    case EMAIL: {
        const unsigned char *at = memchr(s, '@', (size_t)n);
        if (at != NULL) {
            Py_ssize_t local = at - s;
            o = copy(o, s, head(s, local, 1));
            o = stars(o, max(chars(s, local) - 1, 1));
            return copy(o, at, n - local);  /* "@" and the domain */
        }
        break;  /* no @: the default rule */
    }
    case NAME:
        return stars(copy(o, s, head(s, n, 1)), max(len - 1, 1));
    case ADDRESS:
        return stars(copy(o, s, head(s, n, 3)), max(len - 3, 1));
    case BIRTH:
        return len == 10 ? copy(copy(o, s, head(s, n, 4)), (const unsigned char *)"-**-**", 6)
                         : stars(o, len);
    case FIXED:
        return stars(o, 8);
    case IP: {
        unsigned char sep = memchr(s, ':', (size_t)n) ? ':' : '.';
        Py_ssize_t part = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (s[i] == sep && ++part >= 2) {  /* each part after the second: one star */
                *o++ = sep, *o++ = '*';
                continue;
            }
            if (part < 2) *o++ = s[i];
        }
        return o;
    }
    case POSTAL:
        return stars(copy(o, s, head(s, n, 3)), len - 3);
    }
    Py_ssize_t keep = len > 6 ? 4 : len / 3;  /* DEFAULT: the last `keep` characters */
    o = stars(o, len - keep);
    Py_ssize_t from = head(s, n, len - keep);
    return copy(o, s + from, n - from);
}

static PyObject *masked(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, rules, out_offsets, out_data;
    if (!PyArg_ParseTuple(args, "y*y*y*w*w*", &offsets, &data, &rules, &out_offsets, &out_data))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = rules.len;
    const int32_t *at = offsets.buf;
    const unsigned char *rule = rules.buf;
    if (offsets.len != (cells + 1) * (Py_ssize_t)sizeof(int32_t)
        || out_offsets.len != (cells + 1) * (Py_ssize_t)sizeof(int32_t)
        || out_data.len < 2 * data.len + 8 * cells || out_data.len > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "masked: the buffers disagree on the number of values");
        goto done;
    }
    if (!offsets_inside("masked", at, cells, data.len)) goto done;
    for (Py_ssize_t i = 0; i < cells; i++)
        if (rule[i] >= RULES) {
            PyErr_Format(PyExc_ValueError, "masked: no rule %d", rule[i]);
            goto done;
        }
    unsigned char *start = out_data.buf, *o = start;
    int32_t *out_at = out_offsets.buf;
    out_at[0] = 0;
    for (Py_ssize_t i = 0; i < cells; i++) {
        o = mask_one(o, (const unsigned char *)data.buf + at[i], at[i + 1] - at[i], rule[i]);
        out_at[i + 1] = (int32_t)(o - start);
    }
    result = PyLong_FromSsize_t(o - start);
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&rules);
    PyBuffer_Release(&out_offsets);
    PyBuffer_Release(&out_data);
    return result;
}

/* The JSON escape of byte c (json.dumps, ensure_ascii=False), or NULL: c stands as it is. */
static const char *escape(unsigned char c, char unicode[7]) {
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    }
    if (c >= 0x20) return NULL;
    snprintf(unicode, 7, "\\u%04x", c);
    return unicode;
}

/* How many bytes of s[0:n] come before the first that JSON escapes (most values: all). */
static inline Py_ssize_t plain_run(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t j = 0;
    while (j < n && s[j] >= 0x20 && s[j] != '"' && s[j] != '\\') j++;
    return j;
}

static Py_ssize_t escaped_size(const unsigned char *s, Py_ssize_t n) {
    char unicode[7];
    Py_ssize_t size = n;
    for (Py_ssize_t i = plain_run(s, n); i < n; i++) {
        const char *e = s[i] <= '\\' ? escape(s[i], unicode) : NULL;
        size += e ? (Py_ssize_t)strlen(e) - 1 : 0;
    }
    return size;
}

/* The row in decimal, written at the end of text[24]; returns where it starts. */
static const char *decimal(int64_t row, char text[24], Py_ssize_t *length) {
    char *p = text + 24;
    uint64_t n = row < 0 ? 0 - (uint64_t)row : (uint64_t)row;
    do *--p = (char)('0' + n % 10), n /= 10; while (n);
    if (row < 0) *--p = '-';
    *length = text + 24 - p;
    return p;
}

static PyObject *lines(PyObject *self, PyObject *args) {
    Py_buffer offsets, data, kinds, rows, before_at, before, after_at, after, middle;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*y*y*y*", &offsets, &data, &kinds, &rows,
                          &before_at, &before, &after_at, &after, &middle))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t cells = kinds.len / (Py_ssize_t)sizeof(int32_t);
    Py_ssize_t count = before_at.len / (Py_ssize_t)sizeof(int32_t) - 1;
    const int32_t *at = offsets.buf, *kind = kinds.buf, *b_at = before_at.buf;
    const int32_t *a_at = after_at.buf;
    const int64_t *row = rows.buf;
    if (offsets.len != (cells + 1) * (Py_ssize_t)sizeof(int32_t)
        || rows.len != cells * (Py_ssize_t)sizeof(int64_t) || count < 0
        || after_at.len != before_at.len) {
        PyErr_SetString(PyExc_ValueError, "lines: the buffers disagree on the number of values");
        goto done;
    }
    if (!offsets_inside("lines", at, cells, data.len) || !offsets_inside("lines", b_at, count, before.len)
        || !offsets_inside("lines", a_at, count, after.len))
        goto done;
    Py_ssize_t size = 0, length;
    char text[24];
    for (Py_ssize_t i = 0; i < cells; i++) {
        if (kind[i] < 0 || kind[i] >= count) {
            PyErr_Format(PyExc_ValueError, "lines: value %zd has no kind %d", i, kind[i]);
            goto done;
        }
        size += (b_at[kind[i] + 1] - b_at[kind[i]]) + (a_at[kind[i] + 1] - a_at[kind[i]])
                + escaped_size((const unsigned char *)data.buf + at[i], at[i + 1] - at[i])
                + middle.len;
        decimal(row[i], text, &length);
        size += length;
    }
    result = PyBytes_FromStringAndSize(NULL, size);
    if (result == NULL) goto done;
    unsigned char *o = (unsigned char *)PyBytes_AS_STRING(result);
    char unicode[7];
    for (Py_ssize_t i = 0; i < cells; i++) {
        int k = kind[i];
        o = copy(o, (const unsigned char *)before.buf + b_at[k], b_at[k + 1] - b_at[k]);
        const unsigned char *s = (const unsigned char *)data.buf + at[i];
        Py_ssize_t n = at[i + 1] - at[i], plain = plain_run(s, n);
        o = copy(o, s, plain);
        for (Py_ssize_t j = plain; j < n; j++) {
            const char *e = s[j] <= '\\' ? escape(s[j], unicode) : NULL;
            if (e == NULL) *o++ = s[j];
            else o = copy(o, (const unsigned char *)e, (Py_ssize_t)strlen(e));
        }
        o = copy(o, middle.buf, middle.len);
        const char *digits = decimal(row[i], text, &length);
        o = copy(o, (const unsigned char *)digits, length);
        o = copy(o, (const unsigned char *)after.buf + a_at[k], a_at[k + 1] - a_at[k]);
    }
done:
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
    PyBuffer_Release(&kinds);
    PyBuffer_Release(&rows);
    PyBuffer_Release(&before_at);
    PyBuffer_Release(&before);
    PyBuffer_Release(&after_at);
    PyBuffer_Release(&after);
    PyBuffer_Release(&middle);
    return result;
}

static PyMethodDef methods[] = {
    {"masked", masked, METH_VARARGS, "masked(offsets, data, rules, out_offsets, out_data)"},
    {"lines", lines, METH_VARARGS, "lines(offsets, data, kinds, rows, before_offsets, before, "
                                   "after_offsets, after, middle) -> bytes"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tablejson", NULL, -1, methods};

PyMODINIT_FUNC PyInit__tablejson(void) { return PyModule_Create(&module); }
