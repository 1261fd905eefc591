#pragma once

#include <string>

namespace Kezek {

// The server answers each client in its own language: Accept-Language picks
// Kazakh, Russian or English (English when it names none of them). One
// translator is installed for the process; it reads the language of the
// request its thread is serving, so concurrent requests do not mix.
void installRequestTranslator();
// At the start of a request, on the worker thread that serves it. Returns the
// language chosen ("kk", "ru" or "en"), for Content-Language.
const char *setRequestLanguage(const std::string &acceptLanguage);

} // namespace Kezek
