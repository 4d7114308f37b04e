#pragma once

#include "types/parseerror.h"

#include <QCoreApplication>
#include <QStringView>

namespace cmk {

/// Naming rules of the services, checked before any request is sent.
class Names
{
    Q_DECLARE_TR_FUNCTIONS(cmk::Names)

public:
    /// 1-90 letters, digits, '_', '-', '.', '(' and ')'; not ending in '.'.
    static bool validateResourceGroup(QStringView name, ParseError *error = nullptr);
    /// A generic ARM resource name: 1-260 characters, none of <>%&\?/ or control characters, not ending in
    /// '.'.
    static bool validateResourceName(QStringView name, ParseError *error = nullptr);
    /// 3-24 letters, digits and hyphens; starts with a letter, ends with a letter or digit, no "--".
    static bool validateVaultName(QStringView name, ParseError *error = nullptr);
    /// 1-127 letters, digits and hyphens.
    static bool validateKeyName(QStringView name, ParseError *error = nullptr);
    /// 32 hexadecimal digits.
    static bool validateKeyVersion(QStringView version, ParseError *error = nullptr);
};

} // namespace cmk
