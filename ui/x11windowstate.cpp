#include "x11windowstate.h"

#include <QGuiApplication>
#include <QWindow>

#if defined(INVOICEDASH_HAVE_XCB)
#include <xcb/xcb.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>
#endif

namespace InvoiceDash::X11WindowState {

#if defined(INVOICEDASH_HAVE_XCB)

namespace {

struct FreeDeleter
{
    void operator()(void *reply) const { std::free(reply); }
};
template<typename T> using Reply = std::unique_ptr<T, FreeDeleter>;

xcb_atom_t intern(xcb_connection_t *connection, const char *name)
{
    const Reply<xcb_intern_atom_reply_t> reply(xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 0, static_cast<uint16_t>(std::strlen(name)), name),
        nullptr));
    return reply ? reply->atom : static_cast<xcb_atom_t>(XCB_ATOM_NONE);
}

// The atoms the overlay needs, asked of the X server once (each is a round
// trip) for the application's one connection.
struct Atoms
{
    xcb_atom_t state;
    xcb_atom_t above;
    xcb_atom_t skipTaskbar;
    xcb_atom_t skipPager;
};

const Atoms &atoms(xcb_connection_t *connection)
{
    static const Atoms interned{intern(connection, "_NET_WM_STATE"),
                                intern(connection, "_NET_WM_STATE_ABOVE"),
                                intern(connection, "_NET_WM_STATE_SKIP_TASKBAR"),
                                intern(connection, "_NET_WM_STATE_SKIP_PAGER")};
    return interned;
}

// The application's X11 connection, or null on other platforms.
xcb_connection_t *x11Connection()
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}

} // namespace

void skipTaskbar(QWindow *window)
{
    xcb_connection_t *connection = x11Connection();
    if (!connection || !window)
        return;
    const Atoms &atom = atoms(connection);
    if (atom.state == XCB_ATOM_NONE)
        return;
    const auto id = static_cast<xcb_window_t>(window->winId());

    std::vector<xcb_atom_t> states;
    const Reply<xcb_get_property_reply_t> current(xcb_get_property_reply(
        connection, xcb_get_property(connection, 0, id, atom.state, XCB_ATOM_ATOM, 0, 1024),
        nullptr));
    if (current && current->type == XCB_ATOM_ATOM && current->format == 32) {
        const auto *data = static_cast<const xcb_atom_t *>(xcb_get_property_value(current.get()));
        states.assign(data, data + xcb_get_property_value_length(current.get()) / 4);
    }
    for (const xcb_atom_t add : {atom.skipTaskbar, atom.skipPager}) {
        if (add != XCB_ATOM_NONE && std::find(states.begin(), states.end(), add) == states.end())
            states.push_back(add);
    }
    xcb_change_property(connection, XCB_PROP_MODE_REPLACE, id, atom.state, XCB_ATOM_ATOM, 32,
                        static_cast<uint32_t>(states.size()), states.data());
    xcb_flush(connection);
}

void requestStates(QWindow *window)
{
    xcb_connection_t *connection = x11Connection();
    if (!connection || !window || !window->isVisible())
        return;
    const Atoms &atom = atoms(connection);
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (atom.state == XCB_ATOM_NONE || !screen)
        return;
    const auto send = [&](xcb_atom_t first, xcb_atom_t second) {
        xcb_client_message_event_t event{};
        event.response_type = XCB_CLIENT_MESSAGE;
        event.format = 32;
        event.window = static_cast<xcb_window_t>(window->winId());
        event.type = atom.state;
        event.data.data32[0] = 1; // _NET_WM_STATE_ADD
        event.data.data32[1] = first;
        event.data.data32[2] = second;
        event.data.data32[3] = 1; // from an application
        xcb_send_event(connection, 0, screen->root,
                       XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT | XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY,
                       reinterpret_cast<const char *>(&event));
    };
    if (window->flags() & Qt::WindowStaysOnTopHint)
        send(atom.above, XCB_ATOM_NONE);
    send(atom.skipTaskbar, atom.skipPager);
    xcb_flush(connection);
}

#else

void skipTaskbar(QWindow *window)
{
    Q_UNUSED(window)
}

void requestStates(QWindow *window)
{
    Q_UNUSED(window)
}

#endif

} // namespace InvoiceDash::X11WindowState
