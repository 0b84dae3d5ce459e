#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sd {

class ProgrammeLocation;

// Server passwords the user asked the window to remember, in the system keychain (the Secret Service
// of the desktop, KWallet, the macOS keychain or the Windows credential store, through QtKeychain),
// filed under the server's storable address, which holds no password itself. Nothing is ever written
// to the settings as text: where there is no keychain, the password is not remembered and the user is
// told so.
//
// Each call waits for the keychain (a few milliseconds; at most kTimeoutMs), so that the window's
// opening of a programme stays one straight sequence.
class ServerPasswords
{
    Q_DECLARE_TR_FUNCTIONS(sd::ServerPasswords)

public:
    static constexpr int kTimeoutMs = 5000;
    // The keychain's name for Seminar Desk's entries.
    static QString service();

    // The password remembered for the location; nothing when none is, or the keychain cannot be
    // reached (which is logged, without the address's user or host).
    static std::optional<QString> read(const ProgrammeLocation& location);
    // Remembers the password for the location; an Error in plain words when the keychain cannot.
    static Status write(const ProgrammeLocation& location, const QString& password);
    // Forgets the location's password (nothing to do is no error).
    static Status forget(const ProgrammeLocation& location);
};

} // namespace sd
