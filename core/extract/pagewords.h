#pragma once

#include "ocr/ocrengine.h"

#include <QList>
#include <QSize>

namespace InvoiceDash {

// One page's words with their positions, as field extraction and the
// correction view need them: from OCR (boxes in pixels of the recognised,
// upright image) or from a PDF text layer (boxes in pixels at
// PdfDocument::TextDpi).
struct PageWords
{
    QList<OcrWord> words;
    QSize size;                 // pixels of the page the boxes refer to
    int clockwiseDegrees = 0;   // how far the page was turned to be read upright
    bool fromTextLayer = false; // PDF text layer: exact words, no OCR
};

} // namespace InvoiceDash
