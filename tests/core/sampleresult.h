#pragma once

// A stored-looking result with every column filled, for the store tests.
#include "pipeline/invoiceresult.h"

namespace InvoiceDash::Testing {

inline InvoiceResult sampleResult(const QString &path)
{
    InvoiceResult r;
    r.timestampMs = 1'732'800'000'123;
    r.id = InvoiceResult::makeId(r.timestampMs);
    r.path = path;
    r.sha256 = QString(64, QLatin1Char('a'));
    r.status = InvoiceStatus::Ok;
    r.fields.invoiceNumber = QStringLiteral("INV-2024-0012");
    r.fields.invoiceDate = QStringLiteral("2024-03-05");
    r.fields.currency = QStringLiteral("EUR");
    r.fields.total = QStringLiteral("1234.56");
    r.fields.lineItems = {{QStringLiteral("Widget"), QStringLiteral("2"), QStringLiteral("10.00"),
                           QStringLiteral("20.00")}};
    r.text = QStringLiteral("INVOICE\nNo: INV-2024-0012");
    r.confidence = 91.5;
    r.accuracy = 91.5;
    r.verified = true;
    r.checks = {{QStringLiteral("total-present"), CheckOutcome::Passed,
                 QStringLiteral("The total is 1234.56.")},
                {QStringLiteral("lines-sum"), CheckOutcome::Failed,
                 QStringLiteral("The line amounts add up to 20.00, not the total 1234.56.")},
                {QStringLiteral("line-arithmetic"), CheckOutcome::NotApplicable,
                 QStringLiteral("No line items with quantity and unit price.")}};
    r.timings = {12.0, 30.5, 800.25, 1.5, 0};
    r.latencyMs = 850;
    r.preprocessSteps = {QStringLiteral("grayscale"), QStringLiteral("binarize")};
    r.processedAt = QStringLiteral("2024-11-28T13:20:00.123Z");
    return r;
}

} // namespace InvoiceDash::Testing
