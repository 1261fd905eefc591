#include "server/http/requestlanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <memory>

namespace Kezek {

namespace {

thread_local const char *t_language = "en";

class RequestTranslator : public QTranslator
{
public:
    explicit RequestTranslator(QObject *parent)
        : QTranslator(parent)
    {
        for (const char *language : {"kk", "ru"}) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(
                    QStringLiteral(":/kezek/i18n/kezek_%1.qm").arg(QLatin1StringView(language))))
                m_translators.emplace(language, std::move(translator));
        }
    }

    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation,
                      int n) const override
    {
        // English is the source text itself.
        const auto found = m_translators.find(t_language);
        return found == m_translators.end()
                   ? QString()
                   : found->second->translate(context, sourceText, disambiguation, n);
    }

    bool isEmpty() const override { return m_translators.empty(); }

private:
    // Keyed by the static strings setRequestLanguage() hands out.
    std::map<std::string_view, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace

void installRequestTranslator()
{
    QCoreApplication::installTranslator(new RequestTranslator(QCoreApplication::instance()));
}

const char *setRequestLanguage(const std::string &acceptLanguage)
{
    // The first of kk, ru and en the header names, in its order; q-values
    // are rare from our clients and not weighed.
    t_language = "en";
    std::size_t start = 0;
    while (start < acceptLanguage.size()) {
        const std::size_t end = std::min(acceptLanguage.find(',', start), acceptLanguage.size());
        std::string tag = acceptLanguage.substr(start, end - start);
        tag.erase(0, tag.find_first_not_of(' '));
        const std::string primary = tag.substr(0, std::min(tag.find_first_of("-;_ "), tag.size()));
        for (const char *language : {"kk", "ru", "en"}) {
            if (primary.size() == 2 && (primary[0] | 0x20) == language[0]
                && (primary[1] | 0x20) == language[1]) {
                t_language = language;
                return t_language;
            }
        }
        start = end + 1;
    }
    return t_language;
}

} // namespace Kezek
