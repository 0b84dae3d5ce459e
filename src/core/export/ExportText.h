#pragma once

#include <QCoreApplication>

namespace sd {

// The words of exported files and of their failures, one translation context for every writer.
class Export
{
    Q_DECLARE_TR_FUNCTIONS(sd::Export)
};

} // namespace sd
