#define _XOPEN_SOURCE 700   /* nl_langinfo, sigaction; implies NCURSES_WIDECHAR */
#define NCURSES_WIDECHAR 1
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>
#include "CursesShim.h"

unsigned cs_a_normal(void)    { return A_NORMAL; }
unsigned cs_a_bold(void)      { return A_BOLD; }
unsigned cs_a_dim(void)       { return A_DIM; }
unsigned cs_a_reverse(void)   { return A_REVERSE; }
unsigned cs_a_underline(void) { return A_UNDERLINE; }
unsigned cs_a_italic(void)    { return A_ITALIC; }

int cs_key_f(int n) { return KEY_F(n); }
unsigned cs_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
unsigned cs_button1_pressed(void) { return BUTTON1_PRESSED; }
unsigned cs_button1_clicked(void) { return BUTTON1_CLICKED; }
unsigned cs_button3_pressed(void) { return BUTTON3_PRESSED; }
unsigned cs_button4_pressed(void) { return BUTTON4_PRESSED; }
unsigned cs_button5_pressed(void) { return BUTTON5_PRESSED; }

int cs_lines(void) { return LINES; }
int cs_cols(void) { return COLS; }
int cs_colors(void) { return COLORS; }
int cs_color_pairs(void) { return COLOR_PAIRS; }
void *cs_stdscr(void) { return stdscr; }

int cs_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* 1 while curses owns the terminal. Written from the main thread and read by handlers. */
static volatile sig_atomic_t cs_active = 0;
static int cs_installed = 0;

void cs_restore_terminal(void) {
    if (cs_active) {
        cs_active = 0;
        endwin();
    }
}

/*
 * The emergency recovery copy: bytes prepared by the program whenever the project has
 * unsaved changes, written by the signal handler with async-signal-safe calls only (open,
 * write, fsync, close, rename). Two slots: the program fills the one the handler is not
 * looking at, then flips the index.
 */
struct cs_copy_slot { char *path; char *partial; char *bytes; size_t length; mode_t mode; };
static struct cs_copy_slot cs_copy_slots[2];
static volatile sig_atomic_t cs_copy_active = -1;

int cs_emergency_copy_arm(const char *path, const void *bytes, size_t length, unsigned mode) {
    int next = cs_copy_active == 0 ? 1 : 0;
    struct cs_copy_slot *slot = &cs_copy_slots[next];
    free(slot->path);
    free(slot->partial);
    free(slot->bytes);
    size_t size = strlen(path) + sizeof ".partial";
    slot->path = strdup(path);
    slot->partial = malloc(size);
    slot->bytes = malloc(length ? length : 1);
    if (!slot->path || !slot->partial || !slot->bytes) { cs_copy_active = -1; return 0; }
    snprintf(slot->partial, size, "%s.partial", path);
    memcpy(slot->bytes, bytes, length);
    slot->length = length;
    slot->mode = (mode_t)mode;
    cs_copy_active = next;
    return 1;
}

void cs_emergency_copy_disarm(void) { cs_copy_active = -1; }

int cs_emergency_copy_write(void) {
    int index = cs_copy_active;
    if (index < 0) return 0;
    const struct cs_copy_slot *slot = &cs_copy_slots[index];
    int fd = open(slot->partial, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, slot->mode);
    if (fd < 0) return 0;
    fchmod(fd, slot->mode);
    size_t done = 0;
    while (done < slot->length) {
        ssize_t written = write(fd, slot->bytes + done, slot->length - done);
        if (written < 0) { close(fd); unlink(slot->partial); return 0; }
        done += (size_t)written;
    }
    fsync(fd);
    close(fd);
    return rename(slot->partial, slot->path) == 0;
}

/* Write the recovery copy, restore the terminal, then let the signal do what it would have done. */
static void cs_on_signal(int sig) {
    cs_emergency_copy_write();
    cs_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

void cs_install_restore_handlers(void) {
    /* Every signal whose default action ends the process (SIGKILL and SIGSTOP cannot be caught). */
    static const int signals[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
        SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSYS,
    };
    cs_active = 1;
    if (cs_installed) return;
    cs_installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cs_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, NULL);
    }
    atexit(cs_restore_terminal);
}

int cs_terminal_known(const char *name) {
    int status = 0;
    TERMINAL *previous = cur_term;
    if (setupterm((char *)name, -1, &status) != OK) return 0;
    TERMINAL *probe = cur_term;
    set_curterm(previous);
    del_curterm(probe);
    return status == 1;
}
