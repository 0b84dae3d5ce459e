#pragma once

#include "common/Result.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextLayout;

namespace sd {

// Lays a document out on the pages of a paint device, top to bottom, and then paints it with a footer.
// A document is one part or several (a certificate each, a sign-in sheet per session): a part that
// runs over several pages says "Page x of y" in the footer of each, one that fits one page says
// nothing. Laying out first is what lets every footer know its part's page count.
//
// Positions are in the device's pixels, measured from the top left of its paint rect (inside the
// margins); text is measured with the device's own metrics, so a PDF writer and a printer in a print
// preview break lines and pages alike for the same page layout. Text wraps at word boundaries, and
// within a word only when the word alone is wider than its line: a long name is wrapped, never cut.
class PageComposer
{
public:
    explicit PageComposer(QPaintDevice* device);
    ~PageComposer();
    PageComposer(const PageComposer&) = delete;
    PageComposer& operator=(const PageComposer&) = delete;

    // The documents' typeface: DejaVu Sans holds every Latin accent and is embedded in the PDF.
    static QFont font(qreal points, bool bold = false, bool italic = false);

    qreal millimetres(qreal mm) const;
    qreal contentWidth() const { return m_width; }
    // The height of a page's content, above the footer.
    qreal contentHeight() const { return m_height; }
    qreal cursor() const { return m_cursor; }
    qreal remaining() const { return m_height - m_cursor; }
    int pageCount() const { return int(m_pages.size()); }

    // A small line at the top of every page that an automatic page break starts ("2.1, 13 March 2017,
    // continued"); empty for none.
    void setRunningHeader(const QString& text) { m_runningHeader = text; }
    // Starts a new page for a new part of the document (a certificate, a session's sheet), without the
    // running header; on a page that is still empty, that page starts the part.
    void startPage();
    // How many pages the part that holds `page` (0-based) has, and which of them `page` is (0-based).
    int partPageCount(int page) const;
    int pageInPart(int page) const;
    // Moves down by `height`, or to the top of the next page when that is past the end.
    void space(qreal height);
    // Breaks the page unless `height` fits below the cursor.
    void ensureSpace(qreal height);
    // Moves the cursor to `y` on the current page when that is further down.
    void moveDownTo(qreal y);

    // How tall `text` is when wrapped to `width`.
    qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    // A paragraph across the page (less `indent` on the left), kept on one page when it fits on one.
    void paragraph(const QString& text, const QFont& font, Qt::Alignment alignment = Qt::AlignLeft,
                   qreal indent = 0, const QColor& colour = Qt::black);
    // The heading of a document: what it is ("Sign-in sheet") in large bold type, `gapMm` below it
    // what it is about ("2.1 Seminar on ...") in bold type of `subjectPoints`, and a small gap after.
    void heading(const QString& title, const QString& subject, qreal subjectPoints, qreal gapMm);
    // Drawing on the current page at a given place, without moving the cursor.
    void textAt(const QRectF& rect, const QString& text, const QFont& font, Qt::Alignment alignment,
                const QColor& colour = Qt::black);
    void line(const QPointF& from, const QPointF& to, qreal widthMm = 0.3, const QColor& colour = Qt::black);
    void rectangle(const QRectF& rect, const QColor& fill);
    void image(const QRectF& rect, const QImage& picture);

    struct Column
    {
        QString title;
        qreal share = 1; // of the table's width, relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    // A row of cells, or a heading: one text across the whole row, bold on a shaded band, kept with the
    // row that follows it.
    struct Row
    {
        QStringList cells;
        bool heading = false;
    };
    struct TableStyle
    {
        QFont font = PageComposer::font(9);
        QFont headerFont = PageComposer::font(9, true);
        qreal minimumRowHeightMm = 0;
        qreal paddingMm = 1.2;
    };
    // A ruled table whose header row repeats at the top of every page it continues on.
    void table(const QList<Column>& columns, const QList<Row>& rows, const TableStyle& style);

    // Paints every page on `painter` (begun on `device`): its content, then the footer, `footerText` on
    // the left and, in a part of several pages, "Page x of y" on the right; asks the device for a new
    // page between pages.
    Status paint(QPainter& painter, QPagedPaintDevice* device, const QString& footerText) const;

private:
    // One thing drawn on a page, recorded while laying out and painted afterwards.
    struct Item
    {
        enum class Kind
        {
            Text,
            Line,
            Fill,
            Picture
        };
        Kind kind = Kind::Text;
        QRectF rect; // Text: its top left; Fill, Picture: the area
        QPointF to;  // Line: from rect.topLeft() to here
        QPen pen;    // Text: its colour; Line: width and colour
        QColor fill;
        std::shared_ptr<QTextLayout> text;
        QImage picture;
    };
    struct TextBlock
    {
        std::shared_ptr<QTextLayout> layout;
        qreal height = 0;
    };

    TextBlock layOut(const QString& text, const QFont& font, qreal width, Qt::Alignment alignment) const;
    // A new item of `kind` at `rect` on the current page, which then holds something.
    Item& place(Item::Kind kind, const QRectF& rect);
    void placeText(const QPointF& topLeft, const TextBlock& block, const QColor& colour);
    // A page break in the flow of the text: the new page gets the running header.
    void breakPage();
    void addPage();
    QList<qreal> columnWidths(const QList<Column>& columns) const;
    qreal tableHeader(const QList<Column>& columns, const QList<qreal>& widths, const TableStyle& style);

    QPaintDevice* m_device;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_footerGap = 0;
    qreal m_cursor = 0;
    bool m_pageEmpty = true;
    QString m_runningHeader;
    QList<QList<Item>> m_pages;
    QList<int> m_partStarts{0}; // the first page of each part, ascending
};

} // namespace sd
