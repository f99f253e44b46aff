#include "watchpreferences.h"

#include "common/appsettings.h"
#include "messagebanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace InvoiceDash {

WatchPreferences::WatchPreferences(QWidget *parent) : QGroupBox(tr("Watched folder"), parent)
{
    setObjectName(QStringLiteral("watchPreferences"));
    m_enabled = new QCheckBox(tr("&Queue new files from a folder automatically"), this);
    m_enabled->setObjectName(QStringLiteral("watchEnabledCheck"));
    m_enabled->setToolTip(tr("Invoices saved or scanned into the folder are read as soon as "
                             "they are complete; files already there are left alone"));

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("watchFolderEdit"));
    m_folder->setPlaceholderText(tr("Folder to watch"));
    m_choose = new QPushButton(tr("C&hoose\u2026"), this);
    m_choose->setObjectName(QStringLiteral("watchChooseButton"));
    connect(m_choose, &QPushButton::clicked, this, &WatchPreferences::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);

    m_stable = new QSpinBox(this);
    m_stable->setObjectName(QStringLiteral("watchStableSpin"));
    m_stable->setRange(AppSettings::MinWatchStableSeconds, AppSettings::MaxWatchStableSeconds);
    m_stable->setSuffix(tr(" s"));
    m_stable->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_stable->setToolTip(tr("A new file is queued once its size and time have not changed for "
                            "this long, so a file still being copied is not read half-written"));

    m_error = new MessageBanner(this);
    m_error->setObjectName(QStringLiteral("watchError"));
    connect(m_folder, &QLineEdit::textChanged, m_error, &QWidget::hide);
    connect(m_enabled, &QCheckBox::toggled, m_error, &QWidget::hide);

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // the row is a layout: the label needs its buddy
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Wait until unchanged for:"), m_stable);
    form->addRow(m_error);

    connect(m_enabled, &QCheckBox::toggled, this, &WatchPreferences::updateEnabled);
    setValues(false, {}, 3);
}

void WatchPreferences::setValues(bool enabled, const QString &folder, int stableSeconds)
{
    m_enabled->setChecked(enabled);
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_stable->setValue(stableSeconds);
    updateEnabled();
}

bool WatchPreferences::isWatchEnabled() const
{
    return m_enabled->isChecked();
}

QString WatchPreferences::folder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

int WatchPreferences::stableSeconds() const
{
    return m_stable->value();
}

QString WatchPreferences::validate() const
{
    if (!isWatchEnabled())
        return {};
    if (folder().isEmpty())
        return tr("Choose the folder to watch, or turn watching off.");
    if (!QFileInfo(folder()).isDir())
        return tr("The folder %1 does not exist; choose another one.")
            .arg(QDir::toNativeSeparators(folder()));
    return {};
}

void WatchPreferences::showError(const QString &message)
{
    m_error->showMessage(message, MessageBanner::Kind::Error);
    m_folder->setFocus();
    m_folder->selectAll();
}

void WatchPreferences::restoreDefaults()
{
    setValues(false, folder(), 3);
}

void WatchPreferences::chooseFolder()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder to Watch"), start);
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    m_enabled->setChecked(true);
}

void WatchPreferences::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_folder->setEnabled(on);
    m_choose->setEnabled(on);
    m_stable->setEnabled(on);
}

} // namespace InvoiceDash
