#pragma once

class QWindow;

namespace InvoiceDash::X11WindowState {

// Asks an EWMH window manager (X11) to leave `window` out of the taskbar and
// the pager, by adding _NET_WM_STATE_SKIP_TASKBAR and _NET_WM_STATE_SKIP_PAGER
// to its _NET_WM_STATE. Call it while the window is not mapped yet, e.g.
// from showEvent(): Qt merges its own states (such as _NET_WM_STATE_ABOVE)
// into the property when it maps the window. Does nothing on other platforms.
void skipTaskbar(QWindow *window);

} // namespace InvoiceDash::X11WindowState
