// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "applanguage.h"
#include "reportlanguage.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace antrum {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_running(AppLanguage::running())
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language (%1)").arg(ReportLanguage::nativeName(AppLanguage::system())), QString());
    for (const QString &language : ReportLanguage::languages())
        m_language->addItem(ReportLanguage::nativeName(language), language); // each in its own language
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppLanguage::configured())));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const auto &[label, theme] : {std::pair{tr("System"), Theme::System}, std::pair{tr("Light"), Theme::Light},
                                       std::pair{tr("Dark"), Theme::Dark}})
        m_theme->addItem(label, themeKey(theme));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeKey(currentTheme()))));

    m_note = new QLabel(tr("Numbers, dates and amounts follow the language. A new language takes effect when Antrum "
                           "starts again."),
                        this);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void PreferencesDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    AppLanguage::setConfigured(chosen);
    m_languageChanged = AppLanguage::effective() != m_running;
    if (const auto theme = themeFromKey(m_theme->currentData().toString())) {
        applyTheme(*theme);
        QSettings().setValue(QStringLiteral("view/theme"), themeKey(*theme));
    }
    QDialog::accept();
}

} // namespace antrum
