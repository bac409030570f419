/* The tuples of a SQL dump's VALUES list, as sqldump._Dialect.tuples reads them (in Python:
 * a regex of tokens, a loop over them, a join per value; ~3 us a value, half a dump's scan).
 *
 * tuples(text, backslash) -> list of rows (lists of str or None), or None while a string is
 * still open (the statement goes on). Tokens: a quoted string ('' inside; with `backslash`,
 * \x too), one of ( ) , or a run of anything else but whitespace and quotes. Inside a tuple,
 * a value is its tokens joined: strings unquoted (and unescaped), the prefixes E N _binary
 * _utf8mb4 _utf8 dropped, and a lone NULL is None. tests/pii/test_sqlvalues.py holds it to
 * the Python reader on generated statements.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "../_kernel.h"

typedef struct {
    char *data;
    Py_ssize_t size, capacity;
} Buffer;

static int grow(Buffer *b, Py_ssize_t more) {
    if (b->size + more <= b->capacity) return 1;
    Py_ssize_t capacity = (b->size + more) * 2 + 64;
    char *data = PyMem_Realloc(b->data, (size_t)capacity);
    if (data == NULL) { PyErr_NoMemory(); return 0; }
    b->data = data, b->capacity = capacity;
    return 1;
}

static int put(Buffer *b, const char *s, Py_ssize_t n) {
    if (!grow(b, n)) return 0;
    memcpy(b->data + b->size, s, (size_t)n);
    b->size += n;
    return 1;
}

/* Where the string starting with the quote at s[i] ends (its closing quote), or -1 if no
 * quote closes it: '' and (with backslash) \x are taken in pairs. (The regex would close it
 * at the last '' instead, but the quote left after it opens a string that never closes
 * either: the statement is unfinished all the same.) */
static Py_ssize_t string_end(const char *s, Py_ssize_t n, Py_ssize_t i, int backslash) {
    for (Py_ssize_t j = i + 1; j < n;) {
        if (backslash && s[j] == '\\') {
            j += 2;  /* a \ at the very end leaves the string open */
        } else if (s[j] == '\'') {
            if (j + 1 < n && s[j + 1] == '\'') j += 2;
            else return j;
        } else {
            j++;
        }
    }
    return -1;
}

/* The string's inner text, '' as ' and then (with backslash) \x unescaped. */
static int put_string(Buffer *b, const char *s, Py_ssize_t n, int backslash, Buffer *scratch) {
    scratch->size = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        if (s[k] == '\'' && k + 1 < n && s[k + 1] == '\'') k++;
        if (!put(scratch, s + k, 1)) return 0;
    }
    if (!backslash) return put(b, scratch->data, scratch->size);
    const char *t = scratch->data;
    for (Py_ssize_t k = 0; k < scratch->size; k++) {
        char c = t[k];
        if (c == '\\' && k + 1 < scratch->size) {
            c = t[++k];
            c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == '0' ? '\0'
                : c == 'b' ? '\b' : c == 'Z' ? '\x1a' : c;
        }
        if (!put(b, &c, 1)) return 0;
    }
    return 1;
}

/* Whether the bare token s[0:n], upper-cased as str.upper() does, is one of `names`. */
static int upper_is(const char *s, Py_ssize_t n, const char *const *names, int count) {
    int ascii = 1;
    for (Py_ssize_t k = 0; k < n; k++) ascii &= (unsigned char)s[k] < 0x80;
    if (ascii) {
        for (int m = 0; m < count; m++)
            if ((Py_ssize_t)strlen(names[m]) == n && PyOS_strnicmp(s, names[m], n) == 0)
                return 1;
        return 0;
    }
    PyObject *token = PyUnicode_DecodeUTF8(s, n, "surrogatepass");
    PyObject *upper = token ? PyObject_CallMethod(token, "upper", NULL) : NULL;
    Py_XDECREF(token);
    if (upper == NULL) return -1;
    int found = 0;
    for (int m = 0; m < count && !found; m++)
        found = PyUnicode_CompareWithASCIIString(upper, names[m]) == 0;
    Py_DECREF(upper);
    return found;
}

static const char *const PREFIXES[] = {"E", "N", "_BINARY", "_UTF8MB4", "_UTF8"};
static const char *const NULL_WORD[] = {"NULL"};

typedef struct {
    Buffer text, scratch;
    int tokens, null;  /* tokens in the value; whether its one token is NULL */
} Value;

/* The value's str (None for a lone NULL), appended to `row`. */
static int close_value(Value *v, PyObject *row) {
    PyObject *item;
    if (v->tokens == 1 && v->null) item = Py_NewRef(Py_None);
    else item = PyUnicode_DecodeUTF8(v->text.data ? v->text.data : "", v->text.size,
                                     "surrogatepass");
    v->text.size = 0, v->tokens = 0, v->null = 0;
    if (item == NULL) return 0;
    int ok = PyList_Append(row, item) == 0;
    Py_DECREF(item);
    return ok;
}

static PyObject *tuples(PyObject *self, PyObject *args) {
    PyObject *text;
    int backslash;
    if (!PyArg_ParseTuple(args, "Up", &text, &backslash)) return NULL;
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(text, &n);  /* a lone surrogate: UnicodeError */
    if (s == NULL) return NULL;
    PyObject *rows = PyList_New(0), *row = NULL;
    Value v = {{NULL, 0, 0}, {NULL, 0, 0}, 0, 0};
    int depth = 0, ok = rows != NULL;
    for (Py_ssize_t i = 0; ok && i < n;) {
        unsigned char c = (unsigned char)s[i];
        int width = 1;
        if (c == '\'') {
            Py_ssize_t end = string_end(s, n, i, backslash);
            if (end < 0) {  /* a string still open: the statement is not complete */
                Py_CLEAR(rows);
                Py_XDECREF(row);
                PyMem_Free(v.text.data), PyMem_Free(v.scratch.data);
                Py_RETURN_NONE;
            }
            if (depth >= 1) {
                ok = put_string(&v.text, s + i + 1, end - i - 1, backslash, &v.scratch);
                v.tokens++, v.null = 0;
            }
            i = end + 1;
        } else if (c == '(') {
            depth++;
            if (depth == 1) {
                Py_XSETREF(row, PyList_New(0));
                v.text.size = 0, v.tokens = 0, v.null = 0;
                ok = row != NULL;
            } else if (depth > 1) {
                ok = put(&v.text, "(", 1), v.tokens++, v.null = 0;
            }
            i++;
        } else if (c == ')') {
            depth--;
            if (depth == 0 && row != NULL) {  /* a "(" from depth 0 made the row */
                ok = close_value(&v, row) && PyList_Append(rows, row) == 0;
                Py_CLEAR(row);
            } else if (depth >= 1) {
                ok = put(&v.text, ")", 1), v.tokens++, v.null = 0;
            }
            i++;
        } else if (c == ',') {
            if (depth == 1 && row != NULL) ok = close_value(&v, row);
            else if (depth > 1) ok = put(&v.text, ",", 1), v.tokens++, v.null = 0;
            i++;
        } else if (is_space(c < 0x80 ? c : code_point((const unsigned char *)s, n, i, &width))) {
            i += width;
        } else {  /* a bare token: up to whitespace, a quote or ( ) , */
            Py_ssize_t start = i;
            while (i < n) {
                unsigned char d = (unsigned char)s[i];
                if (d == '\'' || d == '(' || d == ')' || d == ',') break;
                uint32_t cp = d < 0x80 ? d : code_point((const unsigned char *)s, n, i, &width);
                if (d < 0x80) width = 1;
                if (is_space(cp)) break;
                i += width;
            }
            if (depth >= 1) {
                int prefix = upper_is(s + start, i - start, PREFIXES, 5);
                int null = upper_is(s + start, i - start, NULL_WORD, 1);
                if (prefix < 0 || null < 0) ok = 0;
                else if (!prefix) ok = put(&v.text, s + start, i - start);
                v.tokens++, v.null = null == 1;
            }
        }
    }
    Py_XDECREF(row);
    PyMem_Free(v.text.data), PyMem_Free(v.scratch.data);
    if (!ok) Py_CLEAR(rows);
    return rows;
}

static PyMethodDef methods[] = {
    {"tuples", tuples, METH_VARARGS, "tuples(text, backslash) -> rows, or None if unfinished"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_sqlvalues", NULL, -1, methods};

PyMODINIT_FUNC PyInit__sqlvalues(void) { return PyModule_Create(&module); }
