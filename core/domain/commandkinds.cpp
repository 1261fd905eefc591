#include "core/domain/commandkinds.h"

namespace Kezek {

namespace {

QStringView view(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

} // namespace

std::optional<CommandKind> commandKind(QStringView type)
{
    if (const auto action = Workflow::actionFromId(type); action && *action != Action::Receive)
        return CommandKind{action, std::nullopt};
    for (const CaseFactInfo &info : CaseFacts) {
        if (view(info.id) == type)
            return CommandKind{std::nullopt, info.fact};
    }
    return std::nullopt;
}

QString caseFactId(CaseFact fact)
{
    return view(CaseFacts[std::size_t(fact)].id).toString();
}

bool isFact(QStringView type, CaseFact fact)
{
    return view(CaseFacts[std::size_t(fact)].id) == type;
}

QStringList commandsSentBy(QStringView integration)
{
    QStringList types;
    for (const ActionSender &sender : ActionSenders) {
        if (view(sender.integration) == integration)
            types.append(Workflow::actionId(sender.action));
    }
    for (const CaseFactInfo &info : CaseFacts) {
        if (!info.sentBy.empty() && view(info.sentBy) == integration)
            types.append(view(info.id).toString());
    }
    return types;
}

} // namespace Kezek
