#pragma once

#include <QString>

namespace InvoiceDash::DataPaths {

// Environment variable that points data and settings at another folder
// (tests and portable installs use it).
inline constexpr char DataDirEnv[] = "INVOICEDASH_DATA_DIR";

// The folder for the database and settings: $INVOICEDASH_DATA_DIR, else
// QStandardPaths::AppDataLocation. Created when missing.
[[nodiscard]] QString dataDir();
[[nodiscard]] QString databaseFile(); // dataDir()/invoicedash.sqlite
[[nodiscard]] QString settingsFile(); // dataDir()/settings.ini
// dataDir()/pasted: images pasted from the clipboard. Created when missing.
[[nodiscard]] QString pastedImagesDir();

} // namespace InvoiceDash::DataPaths
