namespace Huzhou.Credit.Subjects.Features;

internal enum SearchMode
{
    None,
    Code,
    Name,
}
