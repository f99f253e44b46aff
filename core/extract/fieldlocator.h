#pragma once

#include "extract/invoicefields.h"
#include "extract/pagewords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace InvoiceDash {

// Where a field's value was read: the page (0-based) and the box around the
// words, in fractions (0..1) of that page as it is stored in the file, i.e.
// before any turn made to read it upright. A UI scales the box by the size
// of the page image it loaded to draw it.
struct FieldLocation
{
    int page = -1;
    QRectF box;

    [[nodiscard]] bool isValid() const { return page >= 0 && !box.isEmpty(); }
    friend bool operator==(const FieldLocation &, const FieldLocation &) = default;
};

// Field key ("total", "invoice_number", ...) -> location. Fields whose value
// was not found among the words have no entry.
using FieldLocations = QHash<QString, FieldLocation>;

// {"total": {"page": 0, "x": 0.61, "y": 0.82, "w": 0.12, "h": 0.02}, ...}
[[nodiscard]] QJsonObject fieldLocationsToJson(const FieldLocations &locations);
[[nodiscard]] FieldLocations fieldLocationsFromJson(const QJsonObject &object);

// Finds, for each scalar field, the words its (normalised) value was read
// from. Amounts match printed forms ("1234.56" is found as "1.234,56 €" or
// "$1,234.56"), dates match any printed form of the same day, other values
// match word by word, case-insensitively, within one text line (a
// multi-word vendor becomes one box). When a value occurs several times, a
// line that carries the field's label wins ("Total", "Due", "Tax", ...);
// otherwise the topmost occurrence for text and the last for amounts.
class FieldLocator
{
public:
    [[nodiscard]] static FieldLocations locate(const InvoiceFields &fields,
                                               const QList<PageWords> &pages);

    // A box in fractions of the upright page, mapped to the page as stored:
    // the stored page is the upright one turned `clockwiseDegrees` clockwise.
    [[nodiscard]] static QRectF toStoredOrientation(const QRectF &uprightBox, int clockwiseDegrees);
};

} // namespace InvoiceDash
