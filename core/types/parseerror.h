#pragma once

#include <QString>

namespace cmk {

/// Why a piece of user or service input was rejected. Tests assert on the category;
/// people read the message, which names what is wrong and how to fix it.
enum class ParseErrorCategory {
    None,
    Empty, ///< nothing was given
    TooLong, ///< longer than the service allows
    InvalidLength, ///< a fixed-length value of the wrong length
    InvalidCharacter, ///< a character the format does not allow
    InvalidFormat, ///< the right characters in the wrong shape
    NilValue, ///< the all-zero GUID, which never names anything
    NotAbsolute, ///< a resource ID without its leading '/'
    EmptySegment, ///< '//' or a trailing '/'
    UnexpectedSegment, ///< a path segment where another one must be
    MissingSegment, ///< the value ends before a required part
    InvalidSubscriptionId,
    InvalidResourceGroupName,
    InvalidProviderNamespace,
    InvalidResourceType,
    InvalidName, ///< a resource, key or vault name that breaks the service's naming rules
    InvalidUrl, ///< not a URL at all
    InsecureScheme, ///< http where https is required
    UnexpectedQuery, ///< a query string or fragment where none belongs
    WrongCollection, ///< a Key Vault secret or certificate URL where a key was expected
    InvalidVersion,
    WrongCloud, ///< valid, but belongs to a different cloud than the one in use
    UnknownValue, ///< not one of the known names (regions, locations)
    InvalidJson, ///< a document that is not JSON
    WrongType, ///< a JSON value of the wrong type (a number where a string belongs)
    MissingKey, ///< a required key is absent
    UnknownKey, ///< a key the format does not define (often a typo)
    FileError, ///< a file that cannot be read
};

struct ParseError
{
    ParseErrorCategory category = ParseErrorCategory::None;
    QString message; ///< translated; says what is wrong and what to do

    bool isError() const { return category != ParseErrorCategory::None; }
};

/// The category's stable name ("InvalidFormat"), for machine-readable output and test logs.
const char *categoryName(ParseErrorCategory category);

/// Stores an error where the caller asked for one. Returns std::nullopt-friendly false.
inline bool setParseError(ParseError *error, ParseErrorCategory category, const QString &message)
{
    if (error)
        *error = ParseError {category, message};
    return false;
}

} // namespace cmk
