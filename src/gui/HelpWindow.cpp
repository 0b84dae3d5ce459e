#include "HelpWindow.h"

#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {
namespace {

// A page's title: its first level-one heading.
QString titleOf(const QUrl& page)
{
    QFile file(QLatin1Char(':') + page.path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return page.fileName();
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    }
    return page.fileName();
}

// A button of the guide's bar: its name for the tests, its words beside its icon, its tip.
void setUpButton(QToolButton* button, const QString& name, const QString& text, const QString& tip)
{
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Seminar Desk user guide"));

    setUpButton(m_back, QStringLiteral("helpBack"), tr("Back"), tr("The page shown before (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setEnabled(false);
    setUpButton(m_forward, QStringLiteral("helpForward"), tr("Forward"),
                tr("The page shown after (Alt+Right)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setEnabled(false);
    setUpButton(m_home, QStringLiteral("helpContents"), tr("Contents"), tr("The guide's first page"));

    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);
    m_contents->setObjectName(QStringLiteral("helpTopics"));
    for (UserGuide::Topic topic : UserGuide::topics()) {
        auto* item = new QListWidgetItem(titleOf(UserGuide::pageUrl(topic)), m_contents);
        item->setData(Qt::UserRole, UserGuide::pageName(topic));
    }
    m_contents->setMinimumWidth(200);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { openTopic(UserGuide::Topic::Contents); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);
    connect(m_contents, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_browser->setSource(m_browser->source().resolved(QUrl(item->data(Qt::UserRole).toString())));
    });
    connect(m_contents, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item->data(Qt::UserRole).toString() != m_browser->source().fileName())
            m_browser->setSource(m_browser->source().resolved(QUrl(item->data(Qt::UserRole).toString())));
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch(1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 820});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setMinimumSize(640, 420);
    resize(1080, 760);
}

HelpWindow* HelpWindow::showTopic(QWidget* host, UserGuide::Topic topic)
{
    QWidget* window = host ? host->window() : nullptr;
    HelpWindow* help =
        window ? window->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help)
        help = new HelpWindow(window);
    help->openTopic(topic);
    if (help->isVisible()) {
        // Already open, perhaps behind the window: brought forward.
        help->raise();
        help->activateWindow();
    } else {
        help->show();
    }
    return help;
}

void HelpWindow::openTopic(UserGuide::Topic topic)
{
    const QUrl page = UserGuide::pageUrl(topic);
    if (m_browser->source() != page)
        m_browser->setSource(page, QTextDocument::MarkdownResource);
}

QUrl HelpWindow::source() const
{
    return m_browser->source();
}

void HelpWindow::onSourceChanged(const QUrl& url)
{
    fitImages();
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem* item = m_contents->item(row);
        if (item->data(Qt::UserRole).toString() == url.fileName()) {
            const QSignalBlocker quiet(m_contents);
            m_contents->setCurrentItem(item);
        }
    }
    setWindowTitle(
        tr("%1 – Seminar Desk user guide")
            .arg(m_browser->documentTitle().isEmpty() ? titleOf(url) : m_browser->documentTitle()));
}

void HelpWindow::fitImages()
{
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (image.width() > 0)
                continue;
            const QVariant data = m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage loaded = data.typeId() == QMetaType::QImage ? data.value<QImage>()
                                                                     : QImage::fromData(data.toByteArray());
            if (loaded.isNull() || loaded.width() <= kWidestImage)
                continue;
            image.setWidth(kWidestImage);
            image.setHeight(double(loaded.height()) * kWidestImage / loaded.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace sd
