namespace Huzhou.Credit.Lists.Domain;

/// <summary>Red (守信激励) or black (失信惩戒).</summary>
internal enum ListKind : short
{
    Red = 1,
    Black = 2,
}
