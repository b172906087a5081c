using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Seed;

/// <summary>
/// The demo's watch lists and alerts: the city market regulation bureau's shared list of companies with bad records and
/// scjg.staff's personal list; 长兴 market regulation's shared list of its own companies with the district and a black
/// list type watched; the bureau's 监管名单 and a saved registry search of scjg.staff; then the alerts the facts already in the demo city raise (the last year's). Idempotent.
/// </summary>
internal sealed class MonitoringDemoSeeder(MonitoringDbContext db, ISubjectDirectory subjects, FactReader reader, AlertMatcher matcher, TimeProvider clock) : IDemoSeeder
{
    // After every module that writes facts (records, lists, grades).
    public int Order => 95;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.WatchLists.AnyAsync(cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var since = now.AddDays(-365);
        var longAgo = now.AddDays(-400);
        var city = await WithFactsAsync(null, 24, since, cancellationToken);
        var changxing = await WithFactsAsync("330522", 12, since, cancellationToken);
        if (city.Count == 0 && changxing.Count == 0)
        {
            return null;
        }

        var team = List("市场监管重点关注企业", "d:HZ-SJJ", "HZ-SJJ", null, StaffOwners.City, longAgo);
        var mine = List(WatchListService.DefaultListName, "u:scjg.staff", null, "scjg.staff", StaffOwners.City, longAgo);
        var cx = List("长兴县重点监管企业", "d:CX-SJJ", "CX-SJJ", null, "330522", longAgo);
        db.WatchLists.AddRange(team, mine, cx);
        await db.SaveChangesAsync(cancellationToken);
        db.WatchItems.AddRange(city.Take(20).Select(s => Item(team.Id, s, longAgo)));
        db.WatchItems.AddRange(city.Skip(20).Select(s => Item(mine.Id, s, longAgo)));
        db.WatchItems.AddRange(changxing.Select(s => Item(cx.Id, s, longAgo)));
        db.SetWatches.Add(new SetWatch { WatchListId = cx.Id, Kind = SetWatchKind.District, DistrictCode = "330522", Label = "区县：长兴县", CreatedBy = "changxing.staff", CreatedAt = now });
        // The bureau's 监管名单 (the subjects graded in the fields it supervises) and scjg.staff's saved registry search.
        db.SetWatches.Add(new SetWatch { WatchListId = team.Id, Kind = SetWatchKind.DepartmentSupervised, Tags = [WatchTags.Department("HZ-SJJ")], Label = "监管名单：湖州市市场监督管理局", CreatedBy = "scjg.staff", CreatedAt = now });
        db.SetWatches.Add(new SetWatch { WatchListId = mine.Id, Kind = SetWatchKind.SavedSearch, Tags = [WatchTags.Search(null, "建设工程")], Label = "保存的检索：建设工程企业（名称含“建设工程”）", CreatedBy = "scjg.staff", CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);

        await matcher.CatchUpAsync([.. city.Concat(changxing).Select(s => s.SubjectId)], since, cancellationToken);
        var alerts = await db.Alerts.CountAsync(cancellationToken);
        return $"信用监测：3 个关注名单，{city.Count + changxing.Count} 个关注主体，{alerts} 条演示提醒。";
    }

    private async Task<List<ResolvedSubject>> WithFactsAsync(string? district, int take, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var organisations = await subjects.ListOrganisationsAsync(district, 3000, cancellationToken);
        var found = await subjects.FindByCodesAsync(organisations.Select(o => o.Uscc).ToList(), cancellationToken);
        var ids = found.Values.Select(s => s.SubjectId).ToList();
        var facts = await reader.AllAsync(ids, since, cancellationToken);
        var withFacts = facts.Select(f => f.SubjectId).Distinct().Take(take).ToHashSet();
        return found.Values.Where(s => withFacts.Contains(s.SubjectId)).OrderBy(s => s.SubjectId).ToList();
    }

    private static WatchList List(string name, string owner, string? department, string? user, string scope, DateTimeOffset at) => new()
    {
        Name = name, Owner = owner, OwnerDepartment = department, OwnerUser = user, ScopeDistrict = scope, EscalateTo = StaffOwners.Reviewers(department ?? "HZ-SJJ"), CreatedBy = user ?? (department == "CX-SJJ" ? "changxing.staff" : "scjg.staff"), CreatedAt = at,
    };

    private static WatchItem Item(long listId, ResolvedSubject s, DateTimeOffset at) => new()
    {
        WatchListId = listId, SubjectId = s.SubjectId, LookupKey = SubjectLookupKey.Organisation(s.DisplayCode), Name = s.Name, DisplayCode = s.DisplayCode,
        IsPerson = false, DistrictCode = s.DistrictCode, AddedBy = "demo-seed", AddedAt = at,
    };
}
