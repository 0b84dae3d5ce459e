#include "documents/EvaluationReportDocument.h"

#include "documents/DocumentText.h"
#include "documents/PageComposer.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace sd {

namespace {

const QColor kPre(150, 170, 200);
const QColor kPost(31, 78, 140);
const QColor kGrid(200, 200, 200);
const QColor kNote(90, 90, 90);

QString percent(const std::optional<double>& value)
{
    return value ? Documents::tr("%1 %").arg(QLocale().toString(*value, 'f', 1)) : Documents::tr("–");
}

QString fraction(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 2) : Documents::tr("–");
}

QString countAndShare(qint64 count, const std::optional<double>& share)
{
    return share ? Documents::tr("%1 (%2)").arg(count).arg(percent(share)) : QString::number(count);
}

} // namespace

EvaluationReportDocument::EvaluationReportDocument(EvaluationReportData data)
    : m_data(std::move(data))
{
}

QString EvaluationReportDocument::title() const
{
    return Documents::tr("Evaluation report, %1 %2").arg(m_data.activity.code, m_data.activity.title);
}

QString EvaluationReportDocument::footerText() const
{
    return Documents::tr("Evaluation report, %1 %2").arg(m_data.activity.projectCode, m_data.activity.code);
}

void EvaluationReportDocument::compose(PageComposer& composer) const
{
    const DocumentActivity& activity = m_data.activity;
    const EvaluationCounts& counts = m_data.counts;
    activityHeading(composer, Documents::tr("Evaluation report"), activity);
    const QFont detailFont = PageComposer::font(10);

    QStringList design;
    if (m_data.testMaxScore > 0)
        design << Documents::tr(
                      "a knowledge test before and after, scored out of %1, mastered at %2 % of the maximum")
                      .arg(QLocale().toString(m_data.testMaxScore),
                           QLocale().toString(m_data.masteryThresholdPct));
    if (m_data.satisfactionSurvey)
        design << Documents::tr("the satisfaction questionnaire (five items from 1 to 5 and a comment)");
    if (m_data.followUp)
        design << Documents::tr("a follow-up 3 to 6 months later");
    if (design.isEmpty()) {
        composer.space(composer.millimetres(4));
        composer.paragraph(
            Documents::tr("This activity has no evaluation: give it a knowledge test, the "
                          "satisfaction questionnaire or a follow-up in the activity's dialog."),
            detailFont);
        return;
    }
    composer.paragraph(Documents::tr("Evaluated with %1.").arg(design.join(Documents::tr("; "))), detailFont);
    composer.space(composer.millimetres(4));

    const QList<PageComposer::Column> columns{
        {Documents::tr("Indicator"), 34},
        {Documents::tr("Value"), 18, Qt::AlignRight},
        {Documents::tr("Counted over"), 30},
    };
    QList<PageComposer::Row> rows;
    const QString ofTookPart = Documents::tr("of %1 who took part").arg(counts.tookPart);
    rows.append({{Documents::tr("Took part"), QString::number(counts.tookPart),
                  Documents::tr("present or late at one session or more")},
                 false});
    if (m_data.testMaxScore > 0) {
        const QString ofPaired = Documents::tr("over %1 with both scores").arg(counts.paired);
        rows.append({{Documents::tr("Knowledge test"), QString(), QString()}, true});
        rows.append(
            {{Documents::tr("Took the pre-test"), QString::number(counts.preTested), ofTookPart}, false});
        rows.append(
            {{Documents::tr("Took the post-test"), QString::number(counts.postTested), ofTookPart}, false});
        rows.append(
            {{Documents::tr("Took both (paired)"), QString::number(counts.paired), ofTookPart}, false});
        rows.append({{Documents::tr("Mean pre-test score"), percent(counts.meanPrePct), ofPaired}, false});
        rows.append({{Documents::tr("Mean post-test score"), percent(counts.meanPostPct), ofPaired}, false});
        rows.append({{Documents::tr("Improved their score"),
                      countAndShare(counts.improved, counts.improvedPct), ofPaired},
                     false});
        rows.append(
            {{Documents::tr("Normalised gain ⟨g⟩"), fraction(counts.normalisedGain), ofPaired}, false});
        rows.append(
            {{Documents::tr("Mean individual gain"), fraction(counts.meanIndividualGain),
              Documents::tr("over %1 paired below 100 % before").arg(counts.paired - counts.gainUndefined)},
             false});
        rows.append({{Documents::tr("Reached mastery"), countAndShare(counts.mastery, counts.masteryPct),
                      Documents::tr("of %1 who took the post-test").arg(counts.postTested)},
                     false});
    }
    if (m_data.satisfactionSurvey) {
        const QString ofResponses = Documents::tr("of %1 responses").arg(counts.satisfactionOverallResponses);
        rows.append({{Documents::tr("Satisfaction"), QString(), QString()}, true});
        rows.append(
            {{Documents::tr("Responses"), QString::number(counts.satisfactionResponses), ofTookPart}, false});
        rows.append({{Documents::tr("Satisfied (overall 4 or 5)"), percent(counts.satisfiedPct), ofResponses},
                     false});
        rows.append(
            {{Documents::tr("Mean overall satisfaction"),
              counts.satisfactionMeanOverall ? QLocale().toString(*counts.satisfactionMeanOverall, 'f', 2)
                                             : Documents::tr("–"),
              Documents::tr("on 1 to 5, %1").arg(ofResponses)},
             false});
    }
    if (m_data.followUp) {
        rows.append({{Documents::tr("Follow-up"), QString(), QString()}, true});
        rows.append({{Documents::tr("Applied what they learnt (yes or partly)"), percent(counts.appliedPct),
                      Documents::tr("of %1 who answered the follow-up").arg(counts.followedUp)},
                     false});
    }
    composer.table(columns, rows, PageComposer::TableStyle());
    composer.space(composer.millimetres(6));

    if (m_data.testMaxScore > 0)
        scoreChart(composer);
    if (m_data.satisfactionSurvey)
        satisfactionChart(composer);

    if (m_data.satisfactionSurvey) {
        composer.ensureSpace(composer.millimetres(20));
        composer.paragraph(Documents::tr("Comments"), PageComposer::font(11, true));
        composer.space(composer.millimetres(1.5));
        if (m_data.comments.isEmpty())
            composer.paragraph(Documents::tr("Nobody who took part left a comment."), detailFont);
        for (const QString& comment : m_data.comments)
            composer.paragraph(QStringLiteral("• ") + comment, detailFont, Qt::AlignLeft,
                               composer.millimetres(2));
        composer.space(composer.millimetres(5));
    }
    composer.paragraph(
        Documents::tr(
            "Only the answers of those who took part count. Scores are in percent of the test's "
            "maximum. Improved: post-test above pre-test. Normalised gain ⟨g⟩ = (mean post % − mean pre "
            "%) / (100 − mean pre %) over those with both scores; the mean individual gain averages each "
            "person's own gain and leaves out those who scored 100 % before. Mastery: post-test at or "
            "above the threshold. Comments are printed without names."),
        PageComposer::font(8, false, true), Qt::AlignLeft, 0, kNote);
}

// Bars of how many persons scored in each tenth of the maximum, pre-test beside post-test.
void EvaluationReportDocument::scoreChart(PageComposer& composer) const
{
    const qreal height = composer.millimetres(62);
    composer.ensureSpace(height + composer.millimetres(10));
    composer.paragraph(Documents::tr("Scores before and after (persons per tenth of the maximum score)"),
                       PageComposer::font(11, true));
    const qreal top = composer.cursor() + composer.millimetres(3);
    const qreal left = composer.millimetres(12);
    const qreal width = composer.contentWidth() - left - composer.millimetres(2);
    const qreal plot = composer.millimetres(44);
    const qreal bottom = top + plot;
    qint64 most = 1;
    for (int bin = 0; bin < 10; ++bin)
        most = std::max({most, m_data.preSpread[bin], m_data.postSpread[bin]});
    most = (most + 3) / 4 * 4; // four gridlines at whole numbers
    const QFont small = PageComposer::font(7);
    for (int step = 0; step <= 4; ++step) {
        const qreal y = bottom - plot * step / 4.0;
        composer.line({left, y}, {left + width, y}, 0.1, kGrid);
        composer.textAt(
            QRectF(0, y - composer.millimetres(2), left - composer.millimetres(1.5), composer.millimetres(4)),
            QLocale().toString(qRound(double(most) * step / 4.0)), small, Qt::AlignRight | Qt::AlignVCenter);
    }
    const qreal slot = width / 10.0;
    const qreal bar = slot * 0.36;
    for (int bin = 0; bin < 10; ++bin) {
        const qreal x = left + slot * bin + slot * 0.12;
        const qreal preHeight = plot * double(m_data.preSpread[bin]) / double(most);
        const qreal postHeight = plot * double(m_data.postSpread[bin]) / double(most);
        if (preHeight > 0)
            composer.rectangle(QRectF(x, bottom - preHeight, bar, preHeight), kPre);
        if (postHeight > 0)
            composer.rectangle(QRectF(x + bar, bottom - postHeight, bar, postHeight), kPost);
        composer.textAt(
            QRectF(left + slot * bin, bottom + composer.millimetres(1), slot, composer.millimetres(4)),
            Documents::tr("%1–%2 %").arg(bin * 10).arg(bin * 10 + 10), small, Qt::AlignHCenter);
    }
    composer.line({left, bottom}, {left + width, bottom}, 0.3, Qt::black);
    const qreal legend = bottom + composer.millimetres(7);
    composer.rectangle(QRectF(left, legend, composer.millimetres(4), composer.millimetres(3)), kPre);
    composer.textAt(QRectF(left + composer.millimetres(5), legend - composer.millimetres(0.5),
                           composer.millimetres(50), composer.millimetres(4)),
                    Documents::tr("pre-test (%1 persons)").arg(m_data.counts.preTested), small,
                    Qt::AlignLeft);
    composer.rectangle(
        QRectF(left + composer.millimetres(55), legend, composer.millimetres(4), composer.millimetres(3)),
        kPost);
    composer.textAt(QRectF(left + composer.millimetres(60), legend - composer.millimetres(0.5),
                           composer.millimetres(50), composer.millimetres(4)),
                    Documents::tr("post-test (%1 persons)").arg(m_data.counts.postTested), small,
                    Qt::AlignLeft);
    composer.moveDownTo(legend + composer.millimetres(8));
}

// One bar per satisfaction item: its mean on the 1-5 scale.
void EvaluationReportDocument::satisfactionChart(PageComposer& composer) const
{
    const QStringList items{Documents::tr("Overall satisfaction"), Documents::tr("Relevance to my work"),
                            Documents::tr("Quality of the experts"), Documents::tr("Organisation"),
                            Documents::tr("Would recommend")};
    const std::array<std::optional<double>, 5> means{
        m_data.counts.satisfactionMeanOverall, m_data.counts.satisfactionMeanRelevance,
        m_data.counts.satisfactionMeanExperts, m_data.counts.satisfactionMeanOrganisation,
        m_data.counts.satisfactionMeanRecommend};
    const qreal rowHeight = composer.millimetres(7);
    composer.ensureSpace(rowHeight * 6 + composer.millimetres(12));
    composer.paragraph(Documents::tr("Satisfaction per item (mean of %1 responses, 1 to 5)")
                           .arg(m_data.counts.satisfactionResponses),
                       PageComposer::font(11, true));
    const qreal top = composer.cursor() + composer.millimetres(3);
    const qreal labelWidth = composer.millimetres(48);
    const qreal left = labelWidth + composer.millimetres(2);
    const qreal width = composer.contentWidth() - left - composer.millimetres(14);
    const QFont small = PageComposer::font(8);
    for (int mark = 1; mark <= 5; ++mark) {
        const qreal x = left + width * (mark - 1) / 4.0;
        composer.line({x, top}, {x, top + rowHeight * 5}, 0.1, kGrid);
        composer.textAt(QRectF(x - composer.millimetres(3), top + rowHeight * 5 + composer.millimetres(0.5),
                               composer.millimetres(6), composer.millimetres(4)),
                        QString::number(mark), small, Qt::AlignHCenter);
    }
    for (int item = 0; item < 5; ++item) {
        const qreal y = top + rowHeight * item;
        composer.textAt(QRectF(0, y, labelWidth, rowHeight), items[item], small,
                        Qt::AlignRight | Qt::AlignVCenter);
        if (const std::optional<double>& mean = means[static_cast<std::size_t>(item)]) {
            const qreal length = width * (std::clamp(*mean, 1.0, 5.0) - 1.0) / 4.0;
            composer.rectangle(
                QRectF(left, y + rowHeight * 0.2, std::max<qreal>(length, 0.5), rowHeight * 0.6), kPost);
            composer.textAt(
                QRectF(left + length + composer.millimetres(1), y, composer.millimetres(12), rowHeight),
                QLocale().toString(*mean, 'f', 2), small, Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    composer.moveDownTo(top + rowHeight * 5 + composer.millimetres(9));
}

} // namespace sd
