#pragma once

#include "net/protocol.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDash {

// The team server's access tokens. Each line is `role token name`:
//   publisher 3f9c...e1 alice-laptop
//   viewer    77ab...09 wall-screen
// Role is `publisher` or `viewer`; the token is 8-256 printable ASCII
// characters without `;` or `#`; the name (the rest of the line) is what the
// logs show. `#` starts a comment; blank lines are ignored. Tokens themselves
// are never logged.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDash::TokenStore)

public:
    // Same format, lines separated by newlines or `;` (for containers).
    static constexpr char EnvironmentVariable[] = "INVOICEDASH_SERVER_TOKENS";
    static constexpr int MinTokenLength = 8;
    static constexpr int MaxTokenLength = 256;

    struct Entry
    {
        Protocol::Role role = Protocol::Role::Viewer;
        QByteArray token;
        QString name;
    };

    // Adds the entries of `text`; `source` names it in errors ("tokens.txt").
    // On error nothing is added and *errorMessage names the line.
    bool addText(QStringView text, const QString &source, QString *errorMessage);
    bool addFile(const QString &path, QString *errorMessage);
    // Reads INVOICEDASH_SERVER_TOKENS when set (unset is not an error).
    bool addEnvironment(QString *errorMessage);

    // The entry whose token equals `token`. Compares against every entry in
    // time that depends only on the lengths, never on where bytes differ.
    [[nodiscard]] std::optional<Entry> find(QByteArrayView token) const;

    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    [[nodiscard]] qsizetype count(Protocol::Role role) const;

    [[nodiscard]] static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QList<Entry> m_entries;
};

} // namespace InvoiceDash
