#pragma once

#include <QStringList>

namespace InvoiceDash {

// Exit codes of `invoicedash process`.
enum CliExit { CliOk = 0, CliSomeFailed = 1, CliUsageError = 2 };

// `invoicedash process PATH... --jsonl OUT [--workers N] [--no-store]`: the
// pipeline without a window. Needs a QCoreApplication; runs its event loop.
int runProcessCommand(const QStringList &arguments);

// `invoicedash --help` / `--version` without a display.
int runInfoCommand(const QStringList &arguments);

} // namespace InvoiceDash
