#pragma once

#include <QString>
#include <QTest>

// Rows of TstFieldExtractor::extract(): OCR text and the fields expected from it.

// Expected fields of one extract() row; "" = must stay empty.
struct Expected
{
    const char *number;
    const char *date;
    const char *due;
    const char *currency;
    const char *subtotal;
    const char *tax;
    const char *total;
};

inline void addExtractRow(const char *name, const QString &text, const Expected &e)
{
    QTest::addRow("%s", name) << text << QString::fromUtf8(e.number) << QString::fromUtf8(e.date)
                              << QString::fromUtf8(e.due) << QString::fromUtf8(e.currency)
                              << QString::fromUtf8(e.subtotal) << QString::fromUtf8(e.tax)
                              << QString::fromUtf8(e.total);
}

// Real OCR noise (tst_fieldextractor_ocrnoise.cpp): stray spaces, split numbers, totals
// blocks whose labels and amounts the column layout separates, and look-alikes that must
// stay apart.
void addOcrNoiseExtractRows();
