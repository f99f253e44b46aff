#include "tokenstore.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace InvoiceDash {

namespace {

bool isTokenChar(QChar ch)
{
    return ch.unicode() >= 0x21 && ch.unicode() <= 0x7e && ch != QLatin1Char(';')
        && ch != QLatin1Char('#');
}

} // namespace

bool TokenStore::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Walks all of `b` whatever `a` holds; the only leak is the lengths.
    unsigned diff = unsigned(a.size() != b.size());
    for (qsizetype i = 0; i < b.size(); ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        diff |= unsigned(x ^ static_cast<unsigned char>(b[i]));
    }
    return diff == 0;
}

bool TokenStore::addText(QStringView text, const QString &source, QString *errorMessage)
{
    static const QRegularExpression separators(QStringLiteral("[\\n;]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QList<Entry> added;
    int lineNumber = 0;
    const QStringList lines = text.toString().split(separators);
    for (QString line : lines) {
        ++lineNumber;
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        auto fail = [&](const QString &why) {
            if (errorMessage)
                *errorMessage = tr("%1, line %2: %3").arg(source).arg(lineNumber).arg(why);
            return false;
        };
        const QStringList fields = line.split(spaces);
        if (fields.size() < 3)
            return fail(tr("expected \"role token name\" (role publisher or viewer)."));
        Entry entry;
        if (fields.at(0) == QLatin1String("publisher"))
            entry.role = Protocol::Role::Publisher;
        else if (fields.at(0) == QLatin1String("viewer"))
            entry.role = Protocol::Role::Viewer;
        else
            return fail(tr("unknown role \"%1\"; use publisher or viewer.").arg(fields.at(0)));
        const QString &token = fields.at(1);
        if (token.size() < MinTokenLength || token.size() > MaxTokenLength
            || !std::all_of(token.begin(), token.end(), isTokenChar))
            return fail(tr("the token must be %1-%2 printable ASCII characters without ; or #.")
                            .arg(MinTokenLength)
                            .arg(MaxTokenLength));
        entry.token = token.toLatin1();
        entry.name = fields.mid(2).join(QLatin1Char(' '));
        const auto sameToken = [&entry](const Entry &e) { return e.token == entry.token; };
        if (std::any_of(m_entries.cbegin(), m_entries.cend(), sameToken)
            || std::any_of(added.cbegin(), added.cend(), sameToken))
            return fail(tr("this token is already listed; every token must be unique."));
        added.append(std::move(entry));
    }
    m_entries.append(added);
    return true;
}

bool TokenStore::addFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the token file %1: %2").arg(path, file.errorString());
        return false;
    }
    return addText(QString::fromUtf8(file.readAll()), path, errorMessage);
}

bool TokenStore::addEnvironment(QString *errorMessage)
{
    if (!qEnvironmentVariableIsSet(EnvironmentVariable))
        return true;
    return addText(qEnvironmentVariable(EnvironmentVariable), QLatin1String(EnvironmentVariable),
                   errorMessage);
}

std::optional<TokenStore::Entry> TokenStore::find(QByteArrayView token) const
{
    std::optional<Entry> found;
    for (const Entry &entry : m_entries) {
        if (constantTimeEquals(token, entry.token) && !found)
            found = entry;
    }
    return found;
}

qsizetype TokenStore::count(Protocol::Role role) const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(),
                         [role](const Entry &e) { return e.role == role; });
}

} // namespace InvoiceDash
