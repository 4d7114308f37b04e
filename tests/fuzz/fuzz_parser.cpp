// libFuzzer target for one parser, chosen at compile time by CMK_FUZZ_PARSER (a ParserKind value).
// Built only with -DCMK_FUZZ=ON and clang. Run e.g.: build/fuzz/fuzz_resourceid -max_total_time=60

#include "parserproperties.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cmk::testing;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString failure;
    if (!checkParser(ParserKind(CMK_FUZZ_PARSER), input, &failure)) {
        std::fprintf(stderr, "property violated: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
