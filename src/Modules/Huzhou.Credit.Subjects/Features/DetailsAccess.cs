namespace Huzhou.Credit.Subjects.Features;

internal enum DetailsAccess
{
    Allowed,
    NotFound,
    OutOfDistrict,
    PurposeRequired,
}
