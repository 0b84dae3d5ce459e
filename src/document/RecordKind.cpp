#include "RecordKind.h"

#include <type_traits>

namespace sd {

Id idOf(const RecordValue& value)
{
    return std::visit(
        [](const auto& record) -> Id {
            if constexpr (requires { record.activity; })
                return record.activity.id;
            else
                return record.id;
        },
        value);
}

qint64 rowVersionOf(const RecordValue& value)
{
    return std::visit(
        [](const auto& record) -> qint64 {
            if constexpr (requires { record.activity; })
                return record.activity.rowVersion;
            else
                return record.rowVersion;
        },
        value);
}

Id projectOf(const RecordValue& value)
{
    return std::visit(
        [](const auto& record) -> Id {
            if constexpr (std::is_same_v<std::decay_t<decltype(record)>, Project>)
                return record.id;
            else if constexpr (requires { record.activity; })
                return record.activity.projectId;
            else if constexpr (requires { record.projectId; })
                return record.projectId;
            else
                return 0;
        },
        value);
}

} // namespace sd
