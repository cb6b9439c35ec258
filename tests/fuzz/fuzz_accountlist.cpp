// libFuzzer target: the app's accounts file loader (AccountListFormat, which AccountStore uses
// for the accounts file, its backup and imports): parsing, salvaging and the round trip.

#include "fuzzsupport.h"

#include "accountlistformat.h"

using namespace MrAuth;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);

    const AccountListFormat::ParseResult result = AccountListFormat::parse(input);
    Fuzz::check(!result.intact || result.documentValid, "an intact file is a valid document");
    Fuzz::check(!result.intact || (result.droppedEntries == 0 && result.problems.isEmpty()),
                "an intact file drops nothing");
    Fuzz::check(result.droppedEntries >= 0, "dropped entries are counted");

    (void)AccountListFormat::salvageEntries(input);

    // What was read is written back and read again unchanged.
    const QByteArray written = AccountListFormat::serialize(result.accounts);
    const AccountListFormat::ParseResult again = AccountListFormat::parse(written);
    Fuzz::check(again.intact, "a written file reads back intact");
    if (again.accounts != result.accounts) {
        // Say what changed, so that a crash report is readable without a debugger.
        std::fprintf(stderr, "written:\n%s\nread back and written again:\n%s\n",
                     written.constData(), AccountListFormat::serialize(again.accounts).constData());
    }
    Fuzz::check(again.accounts == result.accounts, "a written file reads back the same accounts");
    return 0;
}
