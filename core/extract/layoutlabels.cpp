#include "layoutlabels.h"

#include "layoutfields.h"

#include <algorithm>

namespace InvoiceDash::Extract {

namespace {

bool isAnyLabel(const QString &text)
{
    if (startsLabelBlock(text))
        return true;
    for (const LabelSpec *spec : {&numberStrongSpec(), &numberWeakSpec(), &dateSpec(), &dueSpec(),
                                  &totalSpec(), &subtotalSpec(), &taxSpec()}) {
        const QList<LabelHit> hits = findLabels(*spec, text);
        if (!hits.isEmpty() && hits.front().start == 0)
            return true;
    }
    return false;
}

bool onlyPunctuation(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.isSpace() || c.isPunct() || c.isSymbol(); });
}

} // namespace

QStringList layoutLabelValues(const QList<PageWords> &pages, const LabelSpec &spec)
{
    QStringList values;
    for (const PageWords &page : pages) {
        const QList<Segment> segments = pageSegments(page);
        for (int l = 0; l < segments.size(); ++l) {
            const Segment &label = segments.at(l);
            const QList<LabelHit> hits = findLabels(spec, label.text);
            if (hits.isEmpty() || hits.front().start != 0
                || !onlyPunctuation(QStringView(label.text).mid(hits.front().end)))
                continue;
            const Segment *beside = nullptr;
            for (const Segment &seg : segments) {
                if (seg.row == label.row && seg.box.left() > label.box.right()
                    && (!beside || seg.box.left() < beside->box.left()))
                    beside = &seg;
            }
            if (beside && !isAnyLabel(beside->text))
                values.append(beside->text);
            // Also the value below: the segment beside may be another column's text.
            for (int s = l + 1; s < segments.size(); ++s) {
                const Segment &seg = segments.at(s);
                if (seg.row == label.row)
                    continue;
                if (seg.row > label.row + 3)
                    break;
                if (seg.box.left() >= label.box.left() - label.height
                    && seg.box.left() < label.box.right()) {
                    if (!isAnyLabel(seg.text))
                        values.append(seg.text);
                    break;
                }
            }
        }
    }
    return values;
}

} // namespace InvoiceDash::Extract
