using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Features;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Seed;

/// <summary>
/// The three community points schemes of the demo city, with members from the registry and a year and a half of
/// events: 衣裳街诚信商户积分 (吴兴区, the shops of the old street, run by 吴兴 market regulation, public board),
/// 长兴县乡村文明诚信档案 (households of three villages, run by 长兴县农业农村局 with the county's credit office, public
/// board with masked names) and 湖州市公务员诚信档案 (市委组织部, never public). Seeded once.
/// </summary>
internal sealed class PointsSchemesSeeder(IntegrityDbContext db, ISubjectDirectory subjects, PointsSchemes schemes, PersonalScores scores, TimeProvider clock) : IDemoSeeder
{
    public int Order => 50;

    private sealed record RuleSeed(string Code, string Category, string Name, int Points, int? MaxPerYear, string? Item = null);

    private static readonly RuleSeed[] MerchantRules =
    [
        new("MMBJ", "诚信经营", "明码标价、价签规范（季度检查）", 5, 4),
        new("CXSF", "诚信经营", "评为诚信经营示范店", 10, 1),
        new("MQSB", "街区共治", "门前三包落实到位（月度检查）", 2, 12),
        new("WLYTH", "诚信经营", "作出无理由退货承诺", 5, 1),
        new("XFHP", "消费评价", "消费者书面表扬", 1, 12),
        new("TSCS", "消费评价", "消费投诉经查属实", -10, null),
        new("JMWL", "诚信经营", "销售假冒伪劣商品", -30, null),
        new("ZDJY", "街区共治", "占道经营、乱设摊点", -5, null),
        new("R-XZCF", "信用记录", "受到行政处罚", -20, null, "XZCF"),
        new("R-BZRY", "信用记录", "获得表彰荣誉", 10, 3, WellKnownItems.Honour.Code),
        new("R-XYWN", "信用记录", "违背信用承诺", -30, null, WellKnownItems.CommitmentBreach.Code),
    ];

    private static readonly RuleSeed[] VillageRules =
    [
        new("LJHM", "邻里和睦", "调解邻里纠纷、邻里互助", 2, 6),
        new("MLTY", "美丽乡村", "评为美丽庭院", 5, 2),
        new("LJFL", "美丽乡村", "垃圾分类检查合格（月度）", 1, 12),
        new("YFYS", "移风易俗", "红白喜事简办、移风易俗", 5, 2),
        new("CWZY", "志愿服务", "参与村务志愿活动", 2, 12),
        new("WZJS", "遵纪守法", "违章搭建经查属实", -20, null),
        new("QJKX", "诚实守信", "拖欠村集体款项", -10, null),
        new("LDLF", "美丽乡村", "乱堆乱放经劝导不改", -5, null),
        new("R-ZYFW", "信用记录", "志愿服务记录", 1, 12, WellKnownItems.VolunteerService.Code),
        new("R-BZRY", "信用记录", "获得表彰荣誉", 10, 3, WellKnownItems.Honour.Code),
        new("R-XZCF", "信用记录", "受到行政处罚", -20, null, "XZCF"),
    ];

    private static readonly RuleSeed[] CivilServantRules =
    [
        new("NDYX", "履职尽责", "年度考核优秀", 10, 1),
        new("JYYW", "社会公德", "见义勇为、捐资助学等受到通报表扬", 10, 2),
        new("GRSX", "诚实守信", "如实报告个人有关事项（年度核查一致）", 2, 1),
        new("BRSBG", "诚实守信", "个人有关事项漏报、瞒报", -20, null),
        new("ZXYQ", "诚实守信", "个人征信严重逾期", -10, null),
        new("CF", "遵纪守法", "受到党纪政务处分", -30, null),
        new("R-ZYFW", "信用记录", "志愿服务记录", 1, 12, WellKnownItems.VolunteerService.Code),
        new("R-XZCF", "信用记录", "受到行政处罚", -20, null, "XZCF"),
    ];

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        if (await db.Schemes.AnyAsync(cancellationToken))
        {
            return null;
        }

        var random = new Random(20261127);
        var today = ShanghaiTime.Today(clock);
        var start = new DateOnly(today.Year - 1, 1, 1);

        var merchants = await CreateAsync(new PointsScheme
        {
            Code = "YSJ-CXSH",
            Name = "衣裳街诚信商户积分",
            Kind = SchemeKind.Merchants,
            DepartmentCode = "WX-SJJ",
            DistrictCode = "330502",
            MembersArePersons = false,
            BasePoints = 100,
            Bands = "120:五星诚信商户;110:四星诚信商户;100:三星诚信商户;90:二星诚信商户;0:一星诚信商户",
            GroupLabel = "街区",
            PublicBoard = true,
            Description = "衣裳街历史文化街区商户诚信积分：市场监管吴兴分局会同街区管委会按月检查明码标价、门前三包，处理消费投诉；商户的行政处罚、表彰和违诺记录由信用平台自动计分。年度积分张榜公示，五星商户授牌。",
        }, MerchantRules, cancellationToken);
        // The street's shops: individual businesses (92…) first, then small companies (91…); no associations or public bodies.
        var shops = (await subjects.ListOrganisationsAsync("330502", 400, cancellationToken))
            .Where(o => o.Uscc.StartsWith("92", StringComparison.Ordinal) || o.Uscc.StartsWith("91", StringComparison.Ordinal))
            .OrderBy(o => o.Uscc.StartsWith("92", StringComparison.Ordinal) ? 0 : 1).ThenBy(o => o.Uscc, StringComparer.Ordinal)
            .Take(40).ToList();
        var shopIds = await subjects.FindByCodesAsync([.. shops.Select(s => s.Uscc)], cancellationToken);
        string[] streets = ["衣裳街东段", "衣裳街西段", "南街", "馆驿河头"];
        var merchantMembers = new List<SchemeMember>();
        foreach (var shop in shops)
        {
            if (shopIds.TryGetValue(shop.Uscc, out var s))
            {
                merchantMembers.Add(Member(merchants, s.SubjectId, streets[random.Next(streets.Length)], start.AddDays(random.Next(0, 120))));
            }
        }

        var village = await CreateAsync(new PointsScheme
        {
            Code = "CX-XCWM",
            Name = "长兴县乡村文明诚信档案",
            Kind = SchemeKind.Village,
            DepartmentCode = "CX-NYJ",
            DistrictCode = "330522",
            MembersArePersons = true,
            BasePoints = 100,
            Bands = "115:诚信示范户;100:诚信户;85:诚信提示户;0:诚信警示户",
            GroupLabel = "村",
            PublicBoard = true,
            Description = "长兴县乡村文明诚信档案：村两委按月评议邻里和睦、美丽庭院、垃圾分类、移风易俗，农户的志愿服务、表彰和行政处罚记录由信用平台自动计分。积分在村务公开栏和本平台张榜（姓名脱敏），可兑换村级积分超市物品，诚信示范户在信用贷款中享受优惠。",
        }, VillageRules, cancellationToken);
        string[] villages = ["水口乡顾渚村", "小浦镇八都岕村", "泗安镇仙山村"];
        var households = await PersonsAsync("330522", 60, cancellationToken);
        var villageMembers = households.Select(id => Member(village, id, villages[random.Next(villages.Length)], start)).ToList();
        var demoCitizen = await subjects.FindByCodeAsync(ResidentIdNumber.Compose("330502", new DateOnly(1988, 6, 18), 262).Value, cancellationToken);
        if (demoCitizen is not null && !households.Contains(demoCitizen.SubjectId))
        {
            villageMembers.Add(Member(village, demoCitizen.SubjectId, "水口乡顾渚村", start));
        }

        var civil = await CreateAsync(new PointsScheme
        {
            Code = "HZ-GWYDA",
            Name = "湖州市公务员诚信档案",
            Kind = SchemeKind.CivilServants,
            DepartmentCode = "HZ-ZZB",
            DistrictCode = "330500",
            MembersArePersons = true,
            BasePoints = 100,
            Bands = "110:诚信优秀;95:诚信良好;80:诚信一般;0:诚信较差",
            GroupLabel = "单位",
            PublicBoard = false,
            Description = "公务员诚信档案：记录年度考核、个人有关事项报告核查、处分和见义勇为等表现，信用平台自动计入志愿服务和行政处罚记录；作为评先评优、提拔任用的参考，不对外公示。",
        }, CivilServantRules, cancellationToken);
        string[] units = ["市发改委", "市市场监管局", "市财政局", "市教育局", "市人力社保局", "市交通运输局"];
        var servants = await PersonsAsync("330502", 28, cancellationToken, skip: 200);
        var civilMembers = servants.Select(id => Member(civil, id, units[random.Next(units.Length)], start)).ToList();

        db.SchemeMembers.AddRange(merchantMembers);
        db.SchemeMembers.AddRange(villageMembers);
        db.SchemeMembers.AddRange(civilMembers);
        await db.SaveChangesAsync(cancellationToken);

        var events = 0;
        events += await EventsAsync(merchants, merchantMembers, "wuxing.staff", random, today, cancellationToken);
        // The demo citizen's events are not drawn at random: her village band must agree with her integrity level (below).
        events += await EventsAsync(village, villageMembers.Where(m => m.SubjectId != demoCitizen?.SubjectId).ToList(), "changxing.xyb", random, today, cancellationToken);
        events += await EventsAsync(civil, civilMembers, "xinyongban", random, today, cancellationToken);
        var fromRecords = 0;
        foreach (var scheme in new[] { merchants, village, civil })
        {
            fromRecords += (await schemes.SyncRecordsAsync(scheme, null, cancellationToken)).Added;
        }

        if (demoCitizen is not null && villageMembers.FirstOrDefault(m => m.SubjectId == demoCitizen.SubjectId) is { } citizenMember)
        {
            events += await AgreeWithLevelAsync(village, citizenMember, today, cancellationToken);
        }

        return $"诚信积分：3 个方案（衣裳街商户 {merchantMembers.Count} 户、长兴乡村 {villageMembers.Count} 户、公务员 {civilMembers.Count} 人），{events} 条评议记分、{fromRecords} 条信用记录计分；/integrity/schemes，公示榜 /public/schemes";
    }

    /// <summary>
    /// The village band of each integrity level (诚信示范户 for AA and above, 诚信户 for A, 诚信提示户 for B, 诚信警示户 for C),
    /// as points of the year: the demo citizen's page shows her level and her band side by side, so they must tell the
    /// same story (issue #26 §5: random events had put 沈雨涵, A 诚信合格, among the 诚信提示户).
    /// </summary>
    internal static int VillagePointsFor(int level) => level switch { >= 4 => 118, 3 => 108, 2 => 92, _ => 80 };

    /// <summary>Routine village events this year (or a deduction) until the demo citizen's points fit the band of her level.</summary>
    private async Task<int> AgreeWithLevelAsync(PointsScheme village, SchemeMember member, DateOnly today, CancellationToken cancellationToken)
    {
        var (_, score) = await scores.ComputeAsync(member.SubjectId, cancellationToken);
        var target = VillagePointsFor(score.Level);
        var points = (await schemes.RankingAsync(village, today.Year, cancellationToken, withNames: false)).FirstOrDefault(r => r.SubjectId == member.SubjectId)?.Points ?? village.BasePoints;
        var rules = await db.PointRules.AsNoTracking().Where(r => r.SchemeId == village.Id && r.Source == PointRuleSource.Manual && r.Active).OrderByDescending(r => r.Points).ToListAsync(cancellationToken);
        var added = 0;
        var months = Math.Max(1, today.Month);
        foreach (var rule in target > points ? rules.Where(r => r.Points > 0) : rules.Where(r => r.Points < 0).OrderByDescending(r => r.Points))
        {
            var used = await schemes.UsedAsync(rule, member.Id, today.Year, cancellationToken);
            while (points != target && Math.Abs(target - points) >= Math.Abs(rule.Points) && (rule.MaxTimesPerYear is null || used < rule.MaxTimesPerYear))
            {
                var day = new DateOnly(today.Year, 1 + (used % months), 1).AddDays(used * 3 % 27);
                db.PointEvents.Add(new PointEvent
                {
                    SchemeId = village.Id, MemberId = member.Id, RuleId = rule.Id, Points = rule.Points, OccurredOn = day > today ? today : day,
                    Note = rule.Points < 0 ? $"{day:M月d日}村两委评议，已当面告知。" : null, RecordedBy = "changxing.xyb", RecordedAt = clock.GetUtcNow(),
                });
                points += rule.Points;
                used++;
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private async Task<PointsScheme> CreateAsync(PointsScheme scheme, RuleSeed[] rules, CancellationToken cancellationToken)
    {
        scheme.CreatedAt = clock.GetUtcNow();
        db.Schemes.Add(scheme);
        await db.SaveChangesAsync(cancellationToken);
        db.PointRules.AddRange(rules.Select(r => new PointRule
        {
            SchemeId = scheme.Id,
            Code = r.Code,
            Category = r.Category,
            Name = r.Name,
            Points = r.Points,
            MaxTimesPerYear = r.MaxPerYear,
            Source = r.Item is null ? PointRuleSource.Manual : PointRuleSource.CreditRecord,
            ItemCode = r.Item,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return scheme;
    }

    private static SchemeMember Member(PointsScheme scheme, long subjectId, string group, DateOnly joined) =>
        new() { SchemeId = scheme.Id, SubjectId = subjectId, Group = group, JoinedOn = joined };

    /// <summary>Persons of the registry in a district (the demo city's persons follow its organisations).</summary>
    private async Task<List<long>> PersonsAsync(string district, int count, CancellationToken cancellationToken, int skip = 0)
    {
        var found = new List<long>();
        var after = 0L;
        while (found.Count < count)
        {
            var ids = await subjects.SubjectIdsAfterAsync(after, 2000, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            after = ids[^1];
            var persons = (await subjects.GetAsync(ids, cancellationToken)).Values
                .Where(s => s.IsPerson && s.DistrictCode == district && !s.PendingVerification)
                .OrderBy(s => s.SubjectId).Select(s => s.SubjectId).ToList();
            var skipped = Math.Min(skip, persons.Count);
            skip -= skipped;
            found.AddRange(persons.Skip(skipped).Take(count - found.Count));
        }

        return found;
    }

    /// <summary>Manual events over last year and this year to date: mostly the routine checks, now and then a deduction.</summary>
    private async Task<int> EventsAsync(PointsScheme scheme, List<SchemeMember> members, string actor, Random random, DateOnly today, CancellationToken cancellationToken)
    {
        var rules = await db.PointRules.AsNoTracking().Where(r => r.SchemeId == scheme.Id && r.Source == PointRuleSource.Manual).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var member in members)
        {
            var used = new Dictionary<(long, int), int>();
            var count = random.Next(3, 14);
            for (var i = 0; i < count; i++)
            {
                // Four in five events are the positive routine ones.
                var pool = random.Next(5) == 0 ? rules.Where(r => r.Points < 0).ToList() : rules.Where(r => r.Points > 0).ToList();
                var rule = pool[random.Next(pool.Count)];
                var day = member.JoinedOn.AddDays(random.Next(0, Math.Max(1, today.DayNumber - member.JoinedOn.DayNumber)));
                if (rule.MaxTimesPerYear is { } max && used.GetValueOrDefault((rule.Id, day.Year)) >= max)
                {
                    continue;
                }

                used[(rule.Id, day.Year)] = used.GetValueOrDefault((rule.Id, day.Year)) + 1;
                db.PointEvents.Add(new PointEvent
                {
                    SchemeId = scheme.Id,
                    MemberId = member.Id,
                    RuleId = rule.Id,
                    Points = rule.Points,
                    OccurredOn = day,
                    Note = rule.Points < 0 ? $"{day:M月d日}检查发现，已当场告知并拍照留存。" : null,
                    RecordedBy = actor,
                    RecordedAt = clock.GetUtcNow(),
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
