#pragma once

// Makes small PDFs for tests: QPdfWriter embeds the fonts of drawn text with a
// Unicode map, so text drawn with QPainter becomes a real text layer; a drawn
// image becomes a page without one, like a scan.

#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace PdfMaker {

constexpr int Dpi = 300; // painter units of the written pages

struct Text
{
    int page;
    QPoint baseline; // in pixels at Dpi from the page's top left
    QString text;
    int pointSize = 12;
};

// The born-digital invoice: two A4 pages. Drawn out of reading order on
// purpose; the reading order is INVOICE / Invoice No … Date … / (page 2) Total.
inline QList<Text> invoiceTexts()
{
    return {
        {0, {1500, 700}, QStringLiteral("Date: 2024-03-05")},
        {0, {300, 700}, QStringLiteral("Invoice No: INV-2024-0042")},
        {0, {300, 400}, QStringLiteral("INVOICE"), 24},
        {0, {300, 900}, QStringLiteral("Bill To: Orbit Dental Clinic")},
        {1, {300, 600}, QStringLiteral("Total: EUR 1,234.56")},
        {1, {300, 800}, QStringLiteral("Thank you for your business.")},
    };
}

inline bool writeTextPdf(const QString &path, const QList<Text> &texts)
{
    QPdfWriter writer(path);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    int pages = 1;
    for (const Text &t : texts)
        pages = std::max(pages, t.page + 1);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (const Text &t : texts) {
            if (t.page != page)
                continue;
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSize(t.pointSize);
            painter.setFont(font);
            painter.drawText(t.baseline, t.text);
        }
    }
    return painter.end();
}

// One page holding `image` at `dpi`, with no text layer.
inline bool writeImagePdf(const QString &path, const QImage &image, int dpi = Dpi)
{
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QSizeF(image.width() * 72.0 / dpi, image.height() * 72.0 / dpi),
                                 QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.drawImage(QRect(0, 0, image.width(), image.height()), image);
    return painter.end();
}

// A one-page PDF protected by an unknown user password (standard security
// handler, revision 2, random /O and /U): Poppler opens it locked.
inline QByteArray lockedPdf()
{
    const QByteArray o = QByteArray(32, '\x5a').toHex();
    const QByteArray u = QByteArray(32, '\x3c').toHex();
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + o + "> /U <" + u + "> /P -4 >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QByteArray(16, '\x11').toHex();
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Encrypt 4 0 R /ID [<" + id + "> <" + id + ">] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace PdfMaker
