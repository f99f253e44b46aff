#pragma once

#include "pagewords.h"

#include <QList>
#include <QRect>
#include <QString>

// Field extraction that reads the page as laid out: rows and column segments built from
// word boxes, font size (box height) for prominence, the page regions (top, footer) and
// the address blocks under "Bill To"-like headings (internal to core/extract).
// Stateless: every function only reads its arguments and immutable statics.
namespace InvoiceDash::Extract {

// Words on one row that are close together (a column gap splits a row into segments).
struct Segment
{
    QString text;
    QRect box;
    int height = 0; // median word height: the font size
    int row = 0;    // index of the row on the page, top to bottom
};

// The segments of a page, top to bottom and left to right. Words are grouped into a row
// when their vertical centres are close and their heights similar (a large letterhead and
// the small e-mail line next to it stay apart), and a row is split where the horizontal
// gap between two words is wider than the row's text height.
[[nodiscard]] QList<Segment> pageSegments(const PageWords &page);

// The vendor (issuer) as printed, from the first page's layout; empty when no segment is
// a plausible name. `fullText` is the text of all pages, for recurrence and web domains.
//
// Candidates are segments without labels, dates, amounts, addresses, e-mails or prose,
// with document titles ("Tax Invoice", "FACTUUR", "Payment Receipt") and a leading
// "Sold by:"/"From:" or a payee label ("Account holder:", "in favour of") stripped, and only the
// first part of a return-address line
// ("Acme AG - Street 1 - City"). Segments inside an address block under a bill-to/ship-to
// heading are never candidates. Each scores for: a legal-form suffix (GmbH, B.V., Ltd...),
// matching the web or e-mail domain printed on the invoice, recurring elsewhere in the
// text, a seller or payee label (the strongest evidence), font size relative to the page's body
// text and lying in the top part of the page (the footer is neutral, the middle counts against).
[[nodiscard]] QString layoutVendor(const QList<PageWords> &pages, const QString &fullText);

} // namespace InvoiceDash::Extract
