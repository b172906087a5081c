using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Features;

/// <summary>The list types with their names and kind, for other modules' pickers (the sanctions rule editor).</summary>
internal sealed class ListTypeDirectory(ListsDbContext db) : IListTypes
{
    public async Task<IReadOnlyList<ListTypeInfo>> ListTypesAsync(CancellationToken cancellationToken = default) =>
        await db.ListTypes.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new ListTypeInfo(t.Code, t.Name, t.Kind == ListKind.Black, t.IsActive))
            .ToListAsync(cancellationToken);
}
