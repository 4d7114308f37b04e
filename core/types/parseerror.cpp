#include "types/parseerror.h"

namespace cmk {

const char *categoryName(ParseErrorCategory category)
{
    switch (category) {
    case ParseErrorCategory::None:
        return "None";
    case ParseErrorCategory::Empty:
        return "Empty";
    case ParseErrorCategory::TooLong:
        return "TooLong";
    case ParseErrorCategory::InvalidLength:
        return "InvalidLength";
    case ParseErrorCategory::InvalidCharacter:
        return "InvalidCharacter";
    case ParseErrorCategory::InvalidFormat:
        return "InvalidFormat";
    case ParseErrorCategory::NilValue:
        return "NilValue";
    case ParseErrorCategory::NotAbsolute:
        return "NotAbsolute";
    case ParseErrorCategory::EmptySegment:
        return "EmptySegment";
    case ParseErrorCategory::UnexpectedSegment:
        return "UnexpectedSegment";
    case ParseErrorCategory::MissingSegment:
        return "MissingSegment";
    case ParseErrorCategory::InvalidSubscriptionId:
        return "InvalidSubscriptionId";
    case ParseErrorCategory::InvalidResourceGroupName:
        return "InvalidResourceGroupName";
    case ParseErrorCategory::InvalidProviderNamespace:
        return "InvalidProviderNamespace";
    case ParseErrorCategory::InvalidResourceType:
        return "InvalidResourceType";
    case ParseErrorCategory::InvalidName:
        return "InvalidName";
    case ParseErrorCategory::InvalidUrl:
        return "InvalidUrl";
    case ParseErrorCategory::InsecureScheme:
        return "InsecureScheme";
    case ParseErrorCategory::UnexpectedQuery:
        return "UnexpectedQuery";
    case ParseErrorCategory::WrongCollection:
        return "WrongCollection";
    case ParseErrorCategory::InvalidVersion:
        return "InvalidVersion";
    case ParseErrorCategory::WrongCloud:
        return "WrongCloud";
    case ParseErrorCategory::UnknownValue:
        return "UnknownValue";
    case ParseErrorCategory::InvalidJson:
        return "InvalidJson";
    case ParseErrorCategory::WrongType:
        return "WrongType";
    case ParseErrorCategory::MissingKey:
        return "MissingKey";
    case ParseErrorCategory::UnknownKey:
        return "UnknownKey";
    case ParseErrorCategory::FileError:
        return "FileError";
    }
    return "Unknown";
}

} // namespace cmk
