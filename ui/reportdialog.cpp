// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "reportcontent.h"
#include "reportlanguage.h"
#include "reportwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace antrum {

ReportDialog::ReportDialog(const Model &model, QWidget *parent) : QDialog(parent), m_model(model)
{
    setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The sovereignty report of “%1”: summary, findings with their explanation, exit scenarios, "
                                "options and recommendations, for a board or a tender file.")
                                 .arg(m_model.name.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_organisation = new QLineEdit;
    m_organisation->setPlaceholderText(m_model.name);
    form->addRow(tr("&Organisation:"), m_organisation);
    m_author = new QLineEdit;
    m_author->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Author:"), m_author);

    m_logo = new QLineEdit;
    m_logo->setPlaceholderText(tr("optional: PNG, JPEG or SVG"));
    auto *logoButton = new QToolButton;
    logoButton->setText(tr("…"));
    logoButton->setToolTip(tr("Choose a logo for the title page"));
    connect(logoButton, &QToolButton::clicked, this, &ReportDialog::chooseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(logoButton);
    form->addRow(tr("&Logo:"), logoRow);

    m_language = new QComboBox;
    for (const QString &language : ReportLanguage::languages())
        m_language->addItem(ReportLanguage::nativeName(language), language);
    form->addRow(tr("La&nguage:"), m_language);

    m_path = new QLineEdit;
    auto *pathButton = new QToolButton;
    pathButton->setText(tr("…"));
    pathButton->setToolTip(tr("Choose where to write the report"));
    connect(pathButton, &QToolButton::clicked, this, &ReportDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(pathButton);
    form->addRow(tr("&File:"), pathRow);
    m_openAfter = new QCheckBox(tr("&Open the report when it is written"));
    form->addRow(QString(), m_openAfter);
    layout->addLayout(form);

    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write report"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateOk);
    connect(m_logo, &QLineEdit::textChanged, this, &ReportDialog::updateOk);

    // What the user chose last time; the file name follows the model.
    QSettings store;
    Settings s;
    s.organisation = store.value(QStringLiteral("report/organisation")).toString();
    s.author = store.value(QStringLiteral("report/author")).toString();
    s.logoPath = store.value(QStringLiteral("report/logo")).toString();
    s.language = store.value(QStringLiteral("report/language"), ReportLanguage::defaultLanguage()).toString();
    s.openAfter = store.value(QStringLiteral("report/openAfter"), true).toBool();
    const QString folder = store.value(QStringLiteral("report/folder"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString base = m_model.name.isEmpty() ? tr("report") : m_model.name;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    const QString format = store.value(QStringLiteral("report/format"), QStringLiteral("pdf")).toString();
    s.path = QDir(folder).filePath(tr("Sovereignty report %1").arg(base) + u'.' + format);
    setSettings(s);
    resize(560, sizeHint().height());
}

ReportDialog::~ReportDialog() = default;

ReportDialog::Settings ReportDialog::settings() const
{
    return {m_organisation->text().trimmed(), m_author->text().trimmed(), m_logo->text().trimmed(),
            m_language->currentData().toString(), m_path->text().trimmed(), m_openAfter->isChecked()};
}

void ReportDialog::setSettings(const Settings &s)
{
    m_organisation->setText(s.organisation);
    m_author->setText(s.author);
    m_logo->setText(s.logoPath);
    const int language = m_language->findData(s.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_path->setText(s.path);
    m_openAfter->setChecked(s.openAfter);
    updateOk();
}

void ReportDialog::chooseFile()
{
    QString selected = QFileInfo(m_path->text()).suffix().toLower() == u"html" ? tr("Web page (*.html)") : tr("PDF (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Write the report to"), m_path->text(),
                                                tr("PDF (*.pdf)") + QStringLiteral(";;") + tr("Web page (*.html)"), &selected);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"html" && suffix != u"htm")
        path += selected.contains(QStringLiteral("html")) ? QStringLiteral(".html") : QStringLiteral(".pdf");
    m_path->setText(path);
}

void ReportDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo for the title page"), m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void ReportDialog::updateOk()
{
    const Settings s = settings();
    const QString suffix = QFileInfo(s.path).suffix().toLower();
    QString problem;
    if (s.path.isEmpty())
        problem = tr("Choose a file to write to.");
    else if (suffix != u"pdf" && suffix != u"html" && suffix != u"htm")
        problem = tr("The file must end in .pdf or .html.");
    else if (!s.logoPath.isEmpty() && !QFileInfo(s.logoPath).isReadable())
        problem = tr("The logo cannot be read.");
    m_hint->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ReportDialog::remember() const
{
    const Settings s = settings();
    QSettings store;
    store.setValue(QStringLiteral("report/organisation"), s.organisation);
    store.setValue(QStringLiteral("report/author"), s.author);
    store.setValue(QStringLiteral("report/logo"), s.logoPath);
    store.setValue(QStringLiteral("report/language"), s.language);
    store.setValue(QStringLiteral("report/openAfter"), s.openAfter);
    store.setValue(QStringLiteral("report/folder"), QFileInfo(s.path).absolutePath());
    store.setValue(QStringLiteral("report/format"), QFileInfo(s.path).suffix().toLower());
}

bool ReportDialog::exportReport()
{
    m_error.clear();
    m_cancelled = false;
    m_pages = 0;
    // In the user's language, before the report's is installed below.
    const QString writingLabel = tr("Writing the report…");
    const QString cancelledText = tr("cancelled");
    const Settings s = settings();
    const bool pdf = QFileInfo(s.path).suffix().toLower() == u"pdf";
    QElapsedTimer timer;
    timer.start();

    QProgressDialog progress(tr("Analysing the model…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Export report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    // The user's Cancel, or the test's hook.
    const auto keepGoing = [this, cancelled](double share) {
        if (m_hook && !m_hook(share))
            *cancelled = true;
        return !*cancelled;
    };

    // The report's language for the whole run: the analyses write their sentences too.
    const ReportLanguage language(s.language);
    if (!language.ok()) {
        m_error = QStringLiteral("The %1 translation is missing from this build.").arg(s.language);
        return false;
    }

    // 1. The analyses, off the GUI thread; the progress dialog follows them.
    std::atomic<double> share{0};
    const Model *model = &m_model;
    QFutureWatcher<ReportAnalyses> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ReportAnalyses>::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        progress.setValue(int(600 * share.load()));
        keepGoing(0.6 * share.load());
    });
    watcher.setFuture(QtConcurrent::run([model, &share, cancelled] {
        return computeReportAnalyses(*model, {}, [&share, cancelled](double done) {
            share = done;
            return !*cancelled;
        });
    }));
    tick.start(50);
    loop.exec();
    tick.stop();
    ReportAnalyses analyses = watcher.result();
    if (*cancelled || !analyses.complete()) {
        m_cancelled = true;
        m_error = cancelledText;
        return false;
    }

    // 2. The content and the pages, on the GUI thread (the charts are widgets).
    progress.setLabelText(writingLabel);
    ReportOptions options;
    options.organisation = s.organisation;
    options.author = s.author;
    options.logoPath = s.logoPath;
    options.version = QApplication::applicationVersion();
    const ReportContent content = buildReportContent(analyses.inputs(m_model), options);
    ReportWriter writer(content, m_model, *analyses.analysis);
    writer.setProgress([&](double done) {
        progress.setValue(600 + int(400 * done));
        QApplication::processEvents();
        return keepGoing(0.6 + 0.4 * done);
    });
    QString error;
    const bool written = pdf ? writer.writePdf(s.path, &error) : writer.writeHtml(s.path, &error);
    progress.reset();
    if (!written) {
        m_cancelled = *cancelled;
        m_error = *cancelled ? cancelledText : error;
        return false;
    }
    m_pages = pdf ? writer.pageCount() : 0;
    m_seconds = double(timer.elapsed()) / 1000.0;
    return true;
}

void ReportDialog::accept()
{
    remember();
    if (!exportReport()) {
        if (!m_cancelled)
            QMessageBox::warning(this, tr("Export report"), tr("The report could not be written: %1").arg(m_error));
        return;
    }
    if (m_openAfter->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(settings().path));
    QDialog::accept();
}

} // namespace antrum
