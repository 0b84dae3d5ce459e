#include "documents/PageComposer.h"

#include "documents/DocumentText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <iterator>

namespace sd {

namespace {

const QColor kHeaderFill(228, 228, 228);
const QColor kHeadingFill(243, 243, 243);
const QColor kFooterColour(90, 90, 90);
constexpr qreal kRuleMm = 0.25;
constexpr qreal kFooterPoints = 8;
constexpr qreal kFooterGapMm = 4;

} // namespace

PageComposer::PageComposer(QPaintDevice* device)
    : m_device(device)
{
    const qreal footerLine = QFontMetricsF(font(kFooterPoints), m_device).height();
    m_footerGap = millimetres(kFooterGapMm);
    m_width = m_device->width();
    m_height = m_device->height() - footerLine - m_footerGap;
    addPage();
}

PageComposer::~PageComposer() = default;

QFont PageComposer::font(qreal points, bool bold, bool italic)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    // Any letter spacing turns off Qt's ligatures, so "fi" stays two letters: a PDF reader then finds,
    // copies and reads aloud "certificate" as typed. A 64th of a device pixel is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

qreal PageComposer::millimetres(qreal mm) const
{
    return mm * m_device->logicalDpiY() / 25.4;
}

void PageComposer::addPage()
{
    m_pages.append(QList<Item>());
    m_cursor = 0;
    m_pageEmpty = true;
}

void PageComposer::breakPage()
{
    addPage();
    if (m_runningHeader.isEmpty())
        return;
    const TextBlock header = layOut(m_runningHeader, font(8, false, true), m_width, Qt::AlignLeft);
    placeText(QPointF(0, 0), header, kFooterColour);
    m_cursor = header.height + millimetres(3);
    m_pageEmpty = true; // the running header alone does not make a page worth keeping apart
}

void PageComposer::startPage()
{
    if (!m_pageEmpty) {
        addPage();
    } else {
        // A page that holds only the running header of the part before begins this one clean.
        m_pages.last().clear();
        m_cursor = 0;
    }
    const int page = int(m_pages.size()) - 1;
    if (m_partStarts.last() != page)
        m_partStarts.append(page);
}

int PageComposer::pageInPart(int page) const
{
    const auto next = std::upper_bound(m_partStarts.cbegin(), m_partStarts.cend(), page);
    return page - *std::prev(next);
}

int PageComposer::partPageCount(int page) const
{
    const auto next = std::upper_bound(m_partStarts.cbegin(), m_partStarts.cend(), page);
    const int end = next == m_partStarts.cend() ? pageCount() : *next;
    return end - *std::prev(next);
}

void PageComposer::space(qreal height)
{
    m_cursor += height;
    if (m_cursor > m_height)
        breakPage();
}

void PageComposer::ensureSpace(qreal height)
{
    if (height > remaining() && !m_pageEmpty)
        breakPage();
}

void PageComposer::moveDownTo(qreal y)
{
    m_cursor = std::max(m_cursor, y);
}

PageComposer::TextBlock PageComposer::layOut(const QString& text, const QFont& font, qreal width,
                                             Qt::Alignment alignment) const
{
    // Composed accents (NFC) are single glyphs of the font, and what a PDF reader gives back as text.
    QString shown = text.normalized(QString::NormalizationForm_C);
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    TextBlock block;
    block.layout = std::make_shared<QTextLayout>(shown, font, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    block.layout->setTextOption(option);
    block.layout->setCacheEnabled(true);
    block.layout->beginLayout();
    for (QTextLine line = block.layout->createLine(); line.isValid(); line = block.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, block.height));
        block.height += line.height();
    }
    block.layout->endLayout();
    return block;
}

qreal PageComposer::textHeight(const QString& text, const QFont& font, qreal width) const
{
    return layOut(text, font, width, Qt::AlignLeft).height;
}

PageComposer::Item& PageComposer::place(Item::Kind kind, const QRectF& rect)
{
    m_pageEmpty = false;
    Item& item = m_pages.last().emplaceBack();
    item.kind = kind;
    item.rect = rect;
    return item;
}

void PageComposer::placeText(const QPointF& topLeft, const TextBlock& block, const QColor& colour)
{
    Item& item = place(Item::Kind::Text, QRectF(topLeft, QSizeF(0, block.height)));
    item.pen = QPen(colour);
    item.text = block.layout;
}

void PageComposer::paragraph(const QString& text, const QFont& font, Qt::Alignment alignment, qreal indent,
                             const QColor& colour)
{
    const TextBlock block = layOut(text, font, m_width - indent, alignment);
    ensureSpace(block.height);
    placeText(QPointF(indent, m_cursor), block, colour);
    m_cursor += block.height;
}

void PageComposer::heading(const QString& title, const QString& subject, qreal subjectPoints, qreal gapMm)
{
    paragraph(title, font(18, true));
    space(millimetres(gapMm));
    paragraph(subject, font(subjectPoints, true));
    space(millimetres(2));
}

void PageComposer::textAt(const QRectF& rect, const QString& text, const QFont& font, Qt::Alignment alignment,
                          const QColor& colour)
{
    placeText(rect.topLeft(), layOut(text, font, rect.width(), alignment), colour);
}

void PageComposer::line(const QPointF& from, const QPointF& to, qreal widthMm, const QColor& colour)
{
    Item& item = place(Item::Kind::Line, QRectF(from, QSizeF()));
    item.to = to;
    item.pen = QPen(colour, millimetres(widthMm));
    item.pen.setCapStyle(Qt::SquareCap);
}

void PageComposer::rectangle(const QRectF& rect, const QColor& fill)
{
    place(Item::Kind::Fill, rect).fill = fill;
}

void PageComposer::image(const QRectF& rect, const QImage& picture)
{
    place(Item::Kind::Picture, rect).picture = picture;
}

QList<qreal> PageComposer::columnWidths(const QList<Column>& columns) const
{
    qreal shares = 0;
    for (const Column& column : columns)
        shares += column.share;
    QList<qreal> widths;
    for (const Column& column : columns)
        widths.append(shares > 0 ? m_width * column.share / shares : 0);
    return widths;
}

qreal PageComposer::tableHeader(const QList<Column>& columns, const QList<qreal>& widths,
                                const TableStyle& style)
{
    const qreal padding = millimetres(style.paddingMm);
    QList<TextBlock> blocks;
    qreal height = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        blocks.append(
            layOut(columns[i].title, style.headerFont, widths[i] - 2 * padding, columns[i].alignment));
        height = std::max(height, blocks.last().height);
    }
    height += 2 * padding;
    const qreal top = m_cursor;
    rectangle(QRectF(0, top, m_width, height), kHeaderFill);
    qreal x = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        placeText(QPointF(x + padding, top + padding), blocks[i], Qt::black);
        line(QPointF(x, top), QPointF(x, top + height), kRuleMm);
        x += widths[i];
    }
    line(QPointF(m_width, top), QPointF(m_width, top + height), kRuleMm);
    line(QPointF(0, top), QPointF(m_width, top), kRuleMm);
    line(QPointF(0, top + height), QPointF(m_width, top + height), kRuleMm);
    m_cursor += height;
    return height;
}

void PageComposer::table(const QList<Column>& columns, const QList<Row>& rows, const TableStyle& style)
{
    const QList<qreal> widths = columnWidths(columns);
    const qreal padding = millimetres(style.paddingMm);
    const qreal lineHeight = QFontMetricsF(style.font, m_device).height();
    const qreal minimumHeight = std::max(lineHeight + 2 * padding, millimetres(style.minimumRowHeightMm));

    struct LaidOutRow
    {
        QList<TextBlock> cells;
        qreal height = 0;
    };
    const auto layOutRow = [&](const Row& row) {
        LaidOutRow laidOut;
        qreal tallest = 0;
        if (row.heading) {
            laidOut.cells.append(
                layOut(row.cells.value(0), style.headerFont, m_width - 2 * padding, Qt::AlignLeft));
            tallest = laidOut.cells.last().height;
            laidOut.height = tallest + 2 * padding;
            return laidOut;
        }
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString text = row.cells.value(i);
            if (text.isEmpty()) {
                laidOut.cells.append(TextBlock());
                continue;
            }
            laidOut.cells.append(layOut(text, style.font, widths[i] - 2 * padding, columns[i].alignment));
            tallest = std::max(tallest, laidOut.cells.last().height);
        }
        laidOut.height = std::max(tallest + 2 * padding, minimumHeight);
        return laidOut;
    };

    QList<LaidOutRow> laidOut;
    laidOut.reserve(rows.size());
    for (const Row& row : rows)
        laidOut.append(layOutRow(row));

    // The header and the first row (with the row after it, for a heading) start on the same page.
    const auto keptTogether = [&](qsizetype index) {
        qreal height = laidOut[index].height;
        if (rows[index].heading && index + 1 < rows.size())
            height += laidOut[index + 1].height;
        return height;
    };
    const qreal headerHeight =
        textHeight(columns.value(0).title, style.headerFont, widths.value(0)) + 2 * padding;
    ensureSpace(headerHeight + (rows.isEmpty() ? 0 : keptTogether(0)));
    tableHeader(columns, widths, style);

    for (qsizetype index = 0; index < rows.size(); ++index) {
        const LaidOutRow& row = laidOut[index];
        if (keptTogether(index) > remaining()) {
            breakPage();
            tableHeader(columns, widths, style);
        }
        const qreal top = m_cursor;
        const qreal bottom = top + row.height;
        if (rows[index].heading) {
            rectangle(QRectF(0, top, m_width, row.height), kHeadingFill);
            placeText(QPointF(padding, top + padding), row.cells.first(), Qt::black);
            line(QPointF(0, top), QPointF(0, bottom), kRuleMm);
        } else {
            qreal x = 0;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (row.cells[i].layout)
                    placeText(QPointF(x + padding, top + padding), row.cells[i], Qt::black);
                line(QPointF(x, top), QPointF(x, bottom), kRuleMm);
                x += widths[i];
            }
        }
        line(QPointF(m_width, top), QPointF(m_width, bottom), kRuleMm);
        line(QPointF(0, bottom), QPointF(m_width, bottom), kRuleMm);
        m_cursor = bottom;
    }
}

Status PageComposer::paint(QPainter& painter, QPagedPaintDevice* device, const QString& footerText) const
{
    const QFont footerFont = font(kFooterPoints);
    const qreal footerTop = m_height + m_footerGap;
    const qreal pageNumberWidth = m_width * 0.25;
    const QString shownFooter =
        QFontMetricsF(footerFont, m_device).elidedText(footerText, Qt::ElideRight, m_width - pageNumberWidth);
    const TextBlock footer = layOut(shownFooter, footerFont, m_width - pageNumberWidth, Qt::AlignLeft);
    const int total = pageCount();
    for (int page = 0; page < total; ++page) {
        if (page > 0 && !device->newPage())
            return Error::badInput(
                Documents::tr("Could not start page %1 of %2 of the document; check the free disk space "
                              "and the printer, then try again.")
                    .arg(page + 1)
                    .arg(total));
        for (const Item& item : m_pages[page]) {
            switch (item.kind) {
            case Item::Kind::Text:
                painter.setPen(item.pen);
                item.text->draw(&painter, item.rect.topLeft());
                break;
            case Item::Kind::Line:
                painter.setPen(item.pen);
                painter.drawLine(item.rect.topLeft(), item.to);
                break;
            case Item::Kind::Fill:
                painter.fillRect(item.rect, item.fill);
                break;
            case Item::Kind::Picture:
                painter.drawImage(item.rect, item.picture);
                break;
            }
        }
        painter.setPen(QPen(kFooterColour));
        footer.layout->draw(&painter, QPointF(0, footerTop));
        if (const int pages = partPageCount(page); pages > 1) {
            const TextBlock number =
                layOut(Documents::tr("Page %1 of %2").arg(pageInPart(page) + 1).arg(pages), footerFont,
                       pageNumberWidth, Qt::AlignRight);
            number.layout->draw(&painter, QPointF(m_width - pageNumberWidth, footerTop));
        }
    }
    return {};
}

} // namespace sd
