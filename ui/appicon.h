#pragma once

#include <QIcon>

namespace InvoiceDash {

// The application icon from the ":/icons/invoicedash.svg" resource (compiled
// into the app executable). Where the resource is missing, as in the widget
// tests, an equivalent icon is drawn instead, so callers never get a null icon.
[[nodiscard]] QIcon appIcon();

} // namespace InvoiceDash
