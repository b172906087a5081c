using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Huzhou.Credit.Identity.Features;

/// <summary>
/// Login name → display name of every staff account, cached for a minute (a renamed account shows within a minute);
/// disabled accounts are kept, since records they wrote still name them.
/// </summary>
internal sealed class StaffDirectory(CreditIdentityDbContext db, IMemoryCache cache) : IStaffDirectory
{
    public async Task<string?> DisplayNameAsync(string loginName, CancellationToken cancellationToken = default)
    {
        var names = await cache.GetOrCreateAsync("identity:staff-names", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var rows = await db.Users.AsNoTracking()
                .Where(u => u.UserName != null && u.DisplayName != "")
                .Select(u => new { u.UserName, u.DisplayName })
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(r => r.UserName!, r => r.DisplayName, StringComparer.OrdinalIgnoreCase);
        });
        return names!.GetValueOrDefault(loginName);
    }
}
