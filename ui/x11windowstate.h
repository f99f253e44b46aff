#pragma once

class QWindow;

namespace InvoiceDash::X11WindowState {

// Asks an EWMH window manager (X11) to leave `window` out of the taskbar and
// the pager, by adding _NET_WM_STATE_SKIP_TASKBAR and _NET_WM_STATE_SKIP_PAGER
// to its _NET_WM_STATE. Call it while the window is not mapped yet, e.g.
// from showEvent(): Qt merges its own states (such as _NET_WM_STATE_ABOVE)
// into the property when it maps the window. Does nothing on other platforms.
void skipTaskbar(QWindow *window);

// Asks the window manager again, by _NET_WM_STATE client messages, to keep
// the mapped `window` above others (when it has Qt::WindowStaysOnTopHint)
// and out of the taskbar and pager. Needed after Qt re-maps a window (e.g.
// when its flags change): a window manager that is still withdrawing the old
// mapping deletes the states set for the new one. Call it once the window is
// shown (after the map request, e.g. from a zero timer after showEvent()).
// Does nothing on other platforms.
void requestStates(QWindow *window);

} // namespace InvoiceDash::X11WindowState
