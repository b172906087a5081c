using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Identity.Features;

/// <summary>The API clients marked 测试客户端, by the name the check log records (a handful of rows: read each time, never cached).</summary>
internal sealed class ApiClientDirectory(CreditIdentityDbContext db) : IApiClientDirectory
{
    public async Task<IReadOnlySet<string>> TestCallersAsync(CancellationToken cancellationToken = default) =>
        (await db.ApiClients.AsNoTracking().Where(c => c.IsTest).Select(c => c.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
