// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpviewer.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace antrum {

namespace {

/// Shows screenshots no wider than the text, so the guide never scrolls sideways.
class GuideBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image = resource.typeId() == QMetaType::QImage ? resource.value<QImage>() : QImage::fromData(resource.toByteArray());
        const int width = std::max(320, viewport()->width() - 2 * int(document()->documentMargin()) - 24);
        if (!image.isNull() && image.width() > width)
            return image.scaledToWidth(width, Qt::SmoothTransformation);
        return image.isNull() ? resource : QVariant(image);
    }
};

} // namespace

QString HelpViewer::guidePath(const QString &language)
{
    return language == u"nl" ? QStringLiteral(":/guide/user-guide.nl.md") : QStringLiteral(":/guide/user-guide.md");
}

HelpViewer::HelpViewer(const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("Antrum user guide"));
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto") {
            QDesktopServices::openUrl(url);
            return;
        }
        const QUrl target = m_browser->source().resolved(url);
        if (target.path().endsWith(QStringLiteral(".md")))
            m_browser->setSource(target, QTextDocument::MarkdownResource);
        else
            m_browser->setSource(target);
    });
    auto *back = new QPushButton(tr("&Back"), this);
    auto *home = new QPushButton(tr("&Contents"), this);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(home);
    bar->addStretch();
    bar->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(bar);
    resize(960, 800);
    m_browser->resize(940, 720); // the width images are fitted to before the window is shown
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath(language)), QTextDocument::MarkdownResource);
}

} // namespace antrum
