#include "datapaths.h"

#include "logging.h"

#include <QDir>
#include <QStandardPaths>

namespace InvoiceDash::DataPaths {

QString dataDir()
{
    QString dir = qEnvironmentVariable(DataDirEnv);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::home().filePath(QStringLiteral(".invoicedash"));
    if (!QDir().mkpath(dir))
        qCWarning(lcStore, "Cannot create the data folder %s; check its permissions.",
                  qUtf8Printable(dir));
    return QDir::cleanPath(dir);
}

QString databaseFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("invoicedash.sqlite"));
}

QString settingsFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("settings.ini"));
}

QString pastedImagesDir()
{
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("pasted"));
    if (!QDir().mkpath(dir))
        qCWarning(lcStore, "Cannot create the folder %s; check its permissions.",
                  qUtf8Printable(dir));
    return dir;
}

} // namespace InvoiceDash::DataPaths
