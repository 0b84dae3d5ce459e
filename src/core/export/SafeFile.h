#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

namespace sd {

// Writes the file at `path` through QSaveFile: `writeContent` fills the device, and the file replaces
// `path` only when it returns success and every byte reached the disk. A failed export therefore
// leaves no half-written file and an existing file at `path` exactly as it was.
Status writeFileAtomically(const QString& path, const std::function<Status(QIODevice*)>& writeContent);

// The same for bytes already made (a CSV, a JSON text).
Status writeBytesAtomically(const QString& path, const QByteArray& bytes);

} // namespace sd
