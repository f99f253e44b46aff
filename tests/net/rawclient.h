#pragma once
// Raw TCP WebSocket clients for the slow-reader tests: they do the handshake
// by hand and then never read, which QWebSocket cannot be made to do.
#include <QByteArray>
#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace InvoiceDash::Test {

// Finds this process's socket connected to `clientFd` (the server's end) and
// gives it a small kernel send buffer.
inline bool shrinkPeerSendBuffer(int clientFd)
{
    sockaddr_in client = {};
    socklen_t length = sizeof client;
    if (::getsockname(clientFd, reinterpret_cast<sockaddr *>(&client), &length) != 0)
        return false;
    for (int fd = 0; fd < 4096; ++fd) {
        sockaddr_in peer = {};
        length = sizeof peer;
        if (fd == clientFd || ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0
            || peer.sin_family != AF_INET || peer.sin_port != client.sin_port)
            continue;
        int small = 4096;
        return ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof small) == 0;
    }
    return false;
}

// A TCP client with a tiny receive buffer that does the WebSocket handshake
// by hand (token in the URL) and then never reads. Returns the descriptor.
inline int rawClient(quint16 port, const QByteArray &token)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const QByteArray handshake = "GET /?token=" + token
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::write(fd, handshake.constData(), size_t(handshake.size()))
            != ssize_t(handshake.size())) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A client text frame; the all-zero mask leaves the payload as it is.
inline QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame += char(0x81);
    if (payload.size() < 126) {
        frame += char(0x80 | payload.size());
    } else {
        frame += char(0x80 | 126);
        frame += char((payload.size() >> 8) & 0xff);
        frame += char(payload.size() & 0xff);
    }
    frame += QByteArray(4, '\0');
    return frame + payload;
}

} // namespace InvoiceDash::Test
