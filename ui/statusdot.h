#pragma once

#include <QWidget>

namespace InvoiceDash {

// A small round status light for the dashboard overlay: green while work is
// flowing, grey when idle. Transparent for the mouse.
class StatusDot : public QWidget
{
public:
    explicit StatusDot(QWidget *parent = nullptr);

    [[nodiscard]] bool isLive() const { return m_live; }
    void setLive(bool live);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_live = false;
};

} // namespace InvoiceDash
