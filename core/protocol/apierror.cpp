#include "core/protocol/apierror.h"

namespace Kezek {

QString codeOf(ApiError error)
{
    const std::string_view code = info(error).code;
    return QString::fromLatin1(code.data(), qsizetype(code.size()));
}

int statusOf(ApiError error)
{
    return info(error).status;
}

QString apiMessage(ApiError error)
{
    const char *message = info(error).message;
    return message ? QCoreApplication::translate("Kezek::Server", message) : QString();
}

} // namespace Kezek
