#pragma once

#include <QColor>
#include <QWidget>

namespace InvoiceDash {

// A small round status light for the dashboard overlay. Its tone says what
// it means: green while work is flowing or the link is up (Live), amber for
// a transient problem (Warning), red for one that needs the user (Error),
// grey when idle or switched off (Idle). Transparent for the mouse.
class StatusDot : public QWidget
{
    Q_OBJECT

public:
    enum class Tone { Idle, Live, Warning, Error };
    Q_ENUM(Tone)

    explicit StatusDot(QWidget *parent = nullptr);

    [[nodiscard]] Tone tone() const { return m_tone; }
    void setTone(Tone tone);
    [[nodiscard]] QColor color() const { return colorFor(m_tone); }
    [[nodiscard]] static QColor colorFor(Tone tone);

    // Live or Idle.
    [[nodiscard]] bool isLive() const { return m_tone == Tone::Live; }
    void setLive(bool live);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone = Tone::Idle;
};

} // namespace InvoiceDash
