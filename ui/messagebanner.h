#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace InvoiceDash {

// A non-modal inline message strip (like KMessageWidget) for problems the
// user must notice without being interrupted, e.g. results that could not be
// saved. Hidden until showMessage(); the "×" button dismisses it.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

public Q_SLOTS:
    void showMessage(const QString &text, InvoiceDash::MessageBanner::Kind kind = Kind::Warning);
    // The same with a button (object name "messageBannerAction") that closes
    // the banner and emits actionTriggered(). showMessage() removes it.
    void showMessageWithAction(const QString &text, InvoiceDash::MessageBanner::Kind kind,
                               const QString &actionText);
    void dismiss();

Q_SIGNALS:
    void dismissed();
    void actionTriggered();
    // Another message took the place of the one shown (showMessage() while
    // the banner was visible).
    void replaced();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] QColor color() const;

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Warning;
};

} // namespace InvoiceDash
