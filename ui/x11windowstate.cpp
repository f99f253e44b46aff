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

xcb_atom_t atom(xcb_connection_t *connection, const char *name)
{
    const Reply<xcb_intern_atom_reply_t> reply(xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 0, static_cast<uint16_t>(std::strlen(name)), name),
        nullptr));
    return reply ? reply->atom : static_cast<xcb_atom_t>(XCB_ATOM_NONE);
}

} // namespace

void skipTaskbar(QWindow *window)
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !window || !x11->connection())
        return;
    xcb_connection_t *connection = x11->connection();
    const auto id = static_cast<xcb_window_t>(window->winId());
    const xcb_atom_t state = atom(connection, "_NET_WM_STATE");
    const xcb_atom_t wanted[] = {atom(connection, "_NET_WM_STATE_SKIP_TASKBAR"),
                                 atom(connection, "_NET_WM_STATE_SKIP_PAGER")};
    if (state == XCB_ATOM_NONE)
        return;

    std::vector<xcb_atom_t> atoms;
    const Reply<xcb_get_property_reply_t> current(xcb_get_property_reply(
        connection, xcb_get_property(connection, 0, id, state, XCB_ATOM_ATOM, 0, 1024), nullptr));
    if (current && current->type == XCB_ATOM_ATOM && current->format == 32) {
        const auto *data = static_cast<const xcb_atom_t *>(xcb_get_property_value(current.get()));
        atoms.assign(data, data + xcb_get_property_value_length(current.get()) / 4);
    }
    for (const xcb_atom_t add : wanted) {
        if (add != XCB_ATOM_NONE && std::find(atoms.begin(), atoms.end(), add) == atoms.end())
            atoms.push_back(add);
    }
    xcb_change_property(connection, XCB_PROP_MODE_REPLACE, id, state, XCB_ATOM_ATOM, 32,
                        static_cast<uint32_t>(atoms.size()), atoms.data());
    xcb_flush(connection);
}

void requestStates(QWindow *window)
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !window || !x11->connection() || !window->isVisible())
        return;
    xcb_connection_t *connection = x11->connection();
    const xcb_atom_t state = atom(connection, "_NET_WM_STATE");
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (state == XCB_ATOM_NONE || !screen)
        return;
    const auto send = [&](xcb_atom_t first, xcb_atom_t second) {
        xcb_client_message_event_t event{};
        event.response_type = XCB_CLIENT_MESSAGE;
        event.format = 32;
        event.window = static_cast<xcb_window_t>(window->winId());
        event.type = state;
        event.data.data32[0] = 1; // _NET_WM_STATE_ADD
        event.data.data32[1] = first;
        event.data.data32[2] = second;
        event.data.data32[3] = 1; // from an application
        xcb_send_event(connection, 0, screen->root,
                       XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT | XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY,
                       reinterpret_cast<const char *>(&event));
    };
    if (window->flags() & Qt::WindowStaysOnTopHint)
        send(atom(connection, "_NET_WM_STATE_ABOVE"), XCB_ATOM_NONE);
    send(atom(connection, "_NET_WM_STATE_SKIP_TASKBAR"),
         atom(connection, "_NET_WM_STATE_SKIP_PAGER"));
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
