#ifndef CURSES_SHIM_H
#define CURSES_SHIM_H
#include <stddef.h>
// Plain C functions for what Swift cannot import from <ncurses.h>: function-like macros
// (A_* attributes, KEY_F, mouse masks), the mutable globals (stdscr, LINES, COLS, COLORS,
// COLOR_PAIRS) that Swift 6 strict concurrency rejects, and signal handlers that restore
// the terminal. Only primitive C types cross this header.

// Attributes (attr_t).
unsigned cs_a_normal(void);
unsigned cs_a_bold(void);
unsigned cs_a_dim(void);
unsigned cs_a_reverse(void);
unsigned cs_a_underline(void);
unsigned cs_a_italic(void);

// Keys and mouse masks.
int cs_key_f(int n);
unsigned cs_mouse_mask(void);             // button 1 press/release/click, wheel up/down
unsigned cs_button1_pressed(void);
unsigned cs_button1_clicked(void);
unsigned cs_button3_pressed(void);
unsigned cs_button4_pressed(void);        // wheel up
unsigned cs_button5_pressed(void);        // wheel down

// Globals, read through functions.
int cs_lines(void);
int cs_cols(void);
int cs_colors(void);
int cs_color_pairs(void);
void *cs_stdscr(void);

// 1 when the current locale's character set is UTF-8 (call after setlocale).
int cs_locale_is_utf8(void);

// 1 when the terminfo database describes the terminal type `name` (without touching the
// terminal), 0 when it does not; `initscr` would otherwise print its own error and exit 1.
int cs_terminal_known(const char *name);

// Installs handlers that call endwin() and re-raise for every signal that ends the process:
// SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
// SIGXCPU, SIGXFSZ and the fatal ones (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
// SIGSYS), plus an atexit hook. Call after initscr(). Safe to call more than once.
void cs_install_restore_handlers(void);
// The recovery copy the signal handlers write before the process ends: `bytes` for `path`
// (written to PATH.partial, then renamed) with `mode`. Arm it whenever the project has unsaved
// changes, disarm it when it has none. Returns 0 when memory ran out (then nothing is armed).
int cs_emergency_copy_arm(const char *path, const void *bytes, size_t length, unsigned mode);
void cs_emergency_copy_disarm(void);
// Writes the armed copy now (the handlers call it); 1 when it was written.
int cs_emergency_copy_write(void);
// Restores the terminal (endwin) once; later calls and the handlers then do nothing.
void cs_restore_terminal(void);
#endif
