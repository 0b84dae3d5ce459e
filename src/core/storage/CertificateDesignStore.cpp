#include "storage/CertificateDesignStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/StoreSupport.h"

#include <array>

namespace sd {

namespace {

constexpr std::string_view kColumns =
    "logo1, logo2, logo3, signatory1_name, signatory1_title, signatory2_name, signatory2_title,"
    " signatory3_name, signatory3_title, place_of_issue, statement, orientation, page_size,"
    " privacy_notice_es, privacy_notice_en, row_version";

// The design's values in the order of kColumns, without the version.
std::array<QString, 15> valuesOf(const CertificateDesign& design)
{
    std::array<QString, 15> values;
    for (qsizetype i = 0; i < design.logos.size() && i < CertificateDesign::kMaxLogos; ++i)
        values[std::size_t(i)] = QString::fromLatin1(design.logos[i].toBase64());
    for (qsizetype i = 0; i < design.signatories.size() && i < CertificateDesign::kMaxSignatories; ++i) {
        values[std::size_t(3 + 2 * i)] = design.signatories[i].name.trimmed();
        values[std::size_t(4 + 2 * i)] = design.signatories[i].title.trimmed();
    }
    values[9] = design.placeOfIssue.trimmed();
    values[10] = design.statement.trimmed();
    values[11] = orientationCode(design.orientation);
    values[12] = paperSizeCode(design.paper);
    values[13] = design.privacyNoticeEs.trimmed();
    values[14] = design.privacyNoticeEn.trimmed();
    return values;
}

CertificateDesign designOf(const Statement& row, Id projectId)
{
    CertificateDesign design;
    design.projectId = projectId;
    for (int i = 0; i < CertificateDesign::kMaxLogos; ++i)
        if (const QString logo = row.text(i); !logo.isEmpty())
            design.logos.append(QByteArray::fromBase64(logo.toLatin1()));
    for (int i = 0; i < CertificateDesign::kMaxSignatories; ++i) {
        const Signatory signatory{row.text(3 + 2 * i), row.text(4 + 2 * i)};
        if (!signatory.isEmpty())
            design.signatories.append(signatory);
    }
    design.placeOfIssue = row.text(9);
    design.statement = row.text(10);
    design.orientation = orientationFromCode(row.text(11)).value_or(QPageLayout::Portrait);
    design.paper = paperSizeFromCode(row.text(12)).value_or(PaperSize::A4);
    design.privacyNoticeEs = row.text(13);
    design.privacyNoticeEn = row.text(14);
    design.rowVersion = row.integer(15);
    return design;
}

} // namespace

CertificateDesignStore::CertificateDesignStore(Database& database)
    : m_database(database)
{
}

Result<CertificateDesign> CertificateDesignStore::read(Id projectId) const
{
    static const std::string sql =
        "SELECT " + std::string(kColumns) + " FROM certificate_design WHERE project_id = ?";
    Statement row(m_database, sql, tr("reading the project's certificate design"));
    row.bind(1, projectId);
    if (row.next())
        return designOf(row, projectId);
    if (!row.status())
        return row.status().error();
    CertificateDesign defaults;
    defaults.projectId = projectId;
    return defaults;
}

Result<qint64> CertificateDesignStore::write(const CertificateDesign& design, qint64 expectedVersion)
{
    return store::written(m_database, [&]() -> Result<qint64> {
        const QString doing = tr("saving the project's certificate design");
        Result<qint64> project =
            store::scalar(m_database, "SELECT count(*) FROM project WHERE id = ?", doing, design.projectId);
        if (!project)
            return project.error();
        if (*project == 0)
            return Error::notFound(tr("The certificate design was not saved: the project was deleted "
                                      "meanwhile. Reopen the programme."));
        if (const QString problem = design.problem(); !problem.isEmpty())
            return Error::badInput(tr("The certificate design was not saved. %1").arg(problem));
        Result<qint64> stored =
            store::scalar(m_database, "SELECT row_version FROM certificate_design WHERE project_id = ?",
                          doing, design.projectId);
        if (!stored)
            return stored.error();
        if (*stored != expectedVersion)
            return Error::changedElsewhere(
                tr("The certificate design was changed by someone else since you opened it; nothing was "
                   "saved. Open the design again and make your change there."));
        const std::array<QString, 15> values = valuesOf(design);
        const bool isNew = *stored == 0;
        Statement write(m_database,
                        isNew ? "INSERT INTO certificate_design (logo1, logo2, logo3, signatory1_name,"
                                " signatory1_title, signatory2_name, signatory2_title, signatory3_name,"
                                " signatory3_title, place_of_issue, statement, orientation, page_size,"
                                " privacy_notice_es, privacy_notice_en, row_version, project_id)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                              : "UPDATE certificate_design SET logo1 = ?, logo2 = ?, logo3 = ?,"
                                " signatory1_name = ?, signatory1_title = ?, signatory2_name = ?,"
                                " signatory2_title = ?, signatory3_name = ?, signatory3_title = ?,"
                                " place_of_issue = ?, statement = ?, orientation = ?, page_size = ?,"
                                " privacy_notice_es = ?, privacy_notice_en = ?, row_version = ?"
                                " WHERE project_id = ?",
                        doing);
        int position = 1;
        for (const QString& value : values)
            write.bind(position++, value);
        write.bind(position++, *stored + 1);
        write.bind(position, design.projectId);
        if (Status ran = write.run(); !ran)
            return ran.error();
        m_database.noteChange("certificate_design", design.projectId, *stored + 1);
        return *stored + 1;
    });
}

} // namespace sd
