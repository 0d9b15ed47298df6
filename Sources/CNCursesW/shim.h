#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* Ask curses.h for the wide-character API (cchar_t, mvadd_wch, get_wch...). */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Function-like macros are not imported by Swift: re-export them as inline functions. */
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline unsigned int cn_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int cn_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int cn_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int cn_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline void cn_set_escdelay(int ms) { set_escdelay(ms); }

/* wcwidth is hidden by the Glibc module's feature macros; declare it here. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/* Put one wide character (a Unicode scalar) with attributes and colour pair. */
static inline int cn_mvadd_wch(int y, int x, wchar_t ch, attr_t attrs, short pair) {
    wchar_t wstr[2] = { ch, L'\0' };
    cchar_t cc;
    if (setcchar(&cc, wstr, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/* Put one grapheme cluster (a base character plus combining marks, at most CCHARW_MAX wide
   characters, NUL-terminated) with attributes and colour pair. */
static inline int cn_mvadd_wchars(int y, int x, const wchar_t *wstr, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wstr, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

#endif
