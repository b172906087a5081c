using Huzhou.Credit.Contracts.Repair;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Lists.Seed;

/// <summary>
/// Seeds the standard list types, and for the demo city entries on each list for organisations of the registry:
/// most in force, and one of each other state (proposed, expired, removed early) so every page has something to
/// show. Idempotent: types are added when missing, entries only when the lists are empty.
/// </summary>
internal sealed class ListsDemoSeeder(ListsDbContext db, ISubjectDirectory subjects, IWorkingDays workingDays, TimeProvider clock) : IDemoSeeder
{
    public int Order => 40;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = await db.ListTypes.Select(t => t.Code).ToListAsync(cancellationToken);
        var added = StandardListTypes.All.Where(t => !existing.Contains(t.Code)).ToList();
        db.ListTypes.AddRange(added.Select(Copy));
        await db.SaveChangesAsync(cancellationToken);

        if (await db.Entries.AnyAsync(cancellationToken))
        {
            // An installation seeded before 经营异常名录 existed gets its demo entries now.
            var abnormal = await AbnormalOperationsAsync(cancellationToken);
            var lines = new List<string>();
            if (added.Count > 0)
            {
                lines.Add($"名单类别：新增 {added.Count} 类。");
            }

            if (abnormal > 0)
            {
                lines.Add($"经营异常名录：{abnormal} 条演示记录。");
            }

            return lines.Count == 0 ? null : string.Join(Environment.NewLine, lines);
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 400, cancellationToken);
        if (organisations.Count < 60)
        {
            return $"名单类别：新增 {added.Count} 类（主体不足，未生成演示名单）。";
        }

        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow();
        var plan = Plan();
        var calendar = await workingDays.CalendarAsync(cancellationToken);
        var entries = 0;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Count; i++)
        {
            var p = plan[i];
            // Spread over the registry (from every 7th organisation), so lists do not cluster in one district; only an
            // organisation the list plausibly names (no archive on the market-regulation list, no museum as 诚信示范企业).
            var org = PlausibleListSubjects.Pick(p.Type, organisations, i * 7 + 3, taken);
            var subject = org is null ? null : await subjects.FindByCodeAsync(org.Uscc, cancellationToken);
            if (subject is null)
            {
                continue;
            }

            taken.Add(org!.Uscc);
            if (p.Type == "SXBZXR")
            {
                // 失信被执行人 are decided by the court of the subject's district (the city's intermediate court elsewhere).
                var (court, courtCode, courtDepartment) = Court(subject.DistrictCode);
                p = p with { Authority = court, Document = $"（{{Y}}）浙{courtCode}执{1200 + i * 37}号", Department = courtDepartment };
            }

            var type = StandardListTypes.All.First(t => t.Code == p.Type);
            var effective = today.AddDays(-p.DaysAgo);
            // 失信被执行人: the period is the court's (delivered with each entry; two years as a rule), not the list type's.
            var validity = type.ValidityMonths ?? (type.Code == "SXBZXR" ? 24 : null);
            var entry = new ListEntry
            {
                ListTypeCode = type.Code,
                SubjectId = subject.SubjectId,
                SubjectName = subject.Name,
                SubjectCode = subject.DisplayCode,
                SubjectIsPerson = false,
                DistrictCode = subject.DistrictCode,
                Reason = p.Reason,
                Basis = p.Basis,
                DecidingAuthority = p.Authority,
                DocumentNumber = p.Document.Replace("{Y}", effective.AddDays(-7).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                DecisionDate = effective.AddDays(-7),
                EffectiveFrom = effective,
                ExpiresOn = validity is { } months ? effective.AddMonths(months) : null,
                Status = p.Status,
                // The wage arrears of the demo entry were paid three weeks after listing (early exit counts from then).
                ObligationMetOn = type.EarlyExitCountsFrom is null ? null : effective.AddDays(21),
                // The pending black-list proposal: prior notice sent two days ago, statement period running.
                NoticeSentOn = p.Status == ListEntryStatus.Proposed && type.Kind == ListKind.Black ? today.AddDays(-2) : null,
                NoticeMeans = p.Status == ListEntryStatus.Proposed && type.Kind == ListKind.Black ? "邮寄送达（EMS）" : null,
                NoticeRecordedBy = p.Status == ListEntryStatus.Proposed && type.Kind == ListKind.Black ? "demo-seed" : null,
                StatementDueOn = p.Status == ListEntryStatus.Proposed && type.Kind == ListKind.Black ? calendar.AddWorkingDays(today.AddDays(-2), type.StatementPeriodWorkingDays) : null,
                SourceDepartment = p.Department,
                ProposedBy = "demo-seed",
                ProposedAt = now.AddDays(-p.DaysAgo - 7),
                DecidedBy = p.Status == ListEntryStatus.Proposed ? null : "xinyongban",
                DecidedAt = p.Status == ListEntryStatus.Proposed ? null : now.AddDays(-p.DaysAgo),
                ClosingReason = p.Status == ListEntryStatus.RemovedEarly ? "已履行行政处罚决定并完成整改，经信用修复提前移出。" : null,
                ClosingBasis = p.Status == ListEntryStatus.RemovedEarly ? type.LegalBasis : null,
                ClosedOn = p.Status switch
                {
                    ListEntryStatus.RemovedEarly => today.AddDays(-30),
                    ListEntryStatus.Expired => effective.AddMonths(validity ?? 0),
                    _ => null,
                },
                UpdatedAt = now,
            };
            db.Entries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            db.Changes.Add(new ListEntryChange { EntryId = entry.Id, ChangedAt = entry.ProposedAt, ChangedBy = "demo-seed", NewStatus = ListEntryStatus.Proposed, Reason = "提出列入" });
            if (p.Status != ListEntryStatus.Proposed)
            {
                db.Changes.Add(new ListEntryChange { EntryId = entry.Id, ChangedAt = entry.DecidedAt!.Value, ChangedBy = "xinyongban", OldStatus = ListEntryStatus.Proposed, NewStatus = ListEntryStatus.InForce, Reason = "审核通过，列入并公示" });
            }

            if (p.Status is ListEntryStatus.Expired or ListEntryStatus.RemovedEarly)
            {
                db.Changes.Add(new ListEntryChange
                {
                    EntryId = entry.Id, ChangedAt = now.AddDays(-30), ChangedBy = p.Status == ListEntryStatus.Expired ? "system" : "xinyongban",
                    OldStatus = ListEntryStatus.InForce, NewStatus = p.Status, Reason = p.Status == ListEntryStatus.Expired ? "有效期届满，自动到期" : entry.ClosingReason,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            entries++;
        }

        entries += await AbnormalOperationsAsync(cancellationToken);
        return $"名单：{StandardListTypes.All.Count} 类名单，{entries} 条演示记录（黑名单、红名单，含待审核、已到期、提前移出各一例）。";
    }

    /// <summary>
    /// 经营异常名录: three active companies that did not publish last year's annual report by 30 June, listed by the
    /// city's market regulation bureau in July; added once (when the list has no entry yet).
    /// </summary>
    private async Task<int> AbnormalOperationsAsync(CancellationToken cancellationToken)
    {
        if (await db.Entries.AnyAsync(e => e.ListTypeCode == "JYYCML", cancellationToken))
        {
            return 0;
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 400, cancellationToken);
        if (organisations.Count < 60)
        {
            return 0;
        }

        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow();
        var added = 0;
        var listed = (await db.Entries.Select(e => e.SubjectCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            // Enterprises or cooperatives the main plan does not use.
            var org = PlausibleListSubjects.Pick("JYYCML", organisations, i * 13 + 5, listed);
            if (org is null)
            {
                continue;
            }

            listed.Add(org.Uscc);
            var subject = await subjects.FindByCodeAsync(org.Uscc, cancellationToken);
            if (subject is null)
            {
                continue;
            }

            var effective = today.AddDays(-(120 + i * 9));
            var entry = new ListEntry
            {
                ListTypeCode = "JYYCML",
                SubjectId = subject.SubjectId,
                SubjectName = subject.Name,
                SubjectCode = subject.DisplayCode,
                DistrictCode = subject.DistrictCode,
                Reason = $"未按照《企业信息公示暂行条例》第八条规定的期限（{effective.Year}年6月30日前）公示{effective.Year - 1}年度报告。",
                Basis = "《企业经营异常名录管理暂行办法》第四条第（一）项",
                DecidingAuthority = "湖州市市场监督管理局",
                DocumentNumber = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"湖市监异〔{effective.Year}〕{31 + i}号"),
                DecisionDate = effective,
                EffectiveFrom = effective,
                ExpiresOn = null,
                Status = ListEntryStatus.InForce,
                SourceDepartment = "HZ-SJJ",
                ProposedBy = "demo-seed",
                ProposedAt = now.AddDays(-(127 + i * 9)),
                DecidedBy = "xinyongban",
                DecidedAt = now.AddDays(-(120 + i * 9)),
                UpdatedAt = now,
            };
            db.Entries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            db.Changes.Add(new ListEntryChange { EntryId = entry.Id, ChangedAt = entry.ProposedAt, ChangedBy = "demo-seed", NewStatus = ListEntryStatus.Proposed, Reason = "提出列入" });
            db.Changes.Add(new ListEntryChange { EntryId = entry.Id, ChangedAt = entry.DecidedAt.Value, ChangedBy = "xinyongban", OldStatus = ListEntryStatus.Proposed, NewStatus = ListEntryStatus.InForce, Reason = "审核通过，列入并公示" });
            await db.SaveChangesAsync(cancellationToken);
            added++;
        }

        return added;
    }

    private sealed record Planned(string Type, ListEntryStatus Status, int DaysAgo, string Reason, string Basis, string Authority, string Document, string Department);

    private static List<Planned> Plan()
    {
        var list = new List<Planned>();
        string[] courts = ["湖州市吴兴区人民法院", "湖州市南浔区人民法院", "德清县人民法院", "长兴县人民法院", "安吉县人民法院"];
        string[] courtCodes = ["0502", "0503", "0521", "0522", "0523"];
        string[] courtDepartments = ["WX-FY", "NX-FY", "DQ-FY", "CX-FY", "AJ-FY"];
        for (var i = 0; i < 5; i++)
        {
            list.Add(new("SXBZXR", i == 4 ? ListEntryStatus.Expired : ListEntryStatus.InForce, i == 4 ? 800 : 40 + i * 57,
                "有履行能力而拒不履行生效法律文书确定的给付义务。", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项",
                courts[i], $"（{{Y}}）浙{courtCodes[i]}执{1200 + i * 37}号", courtDepartments[i]));
        }

        list.Add(new("ZDSSWF", ListEntryStatus.InForce, 120, "虚开增值税专用发票，虚开税额人民币三百余万元。", "《重大税收违法失信主体信息公布管理办法》第六条第（四）项",
            "国家税务总局湖州市税务局稽查局", $"湖税稽罚〔{{Y}}〕{15}号", "HZ-SW"));
        list.Add(new("ZDSSWF", ListEntryStatus.InForce, 260, "采取隐匿收入手段逃避缴纳税款一百二十万元，占应纳税额15%。", "《重大税收违法失信主体信息公布管理办法》第六条第（一）项",
            "国家税务总局湖州市税务局稽查局", $"湖税稽罚〔{{Y}}〕{42}号", "HZ-SW"));
        list.Add(new("SJYZWF", ListEntryStatus.InForce, 90, "生产销售不符合食品安全标准的食品，受到较重行政处罚。", "《市场监督管理严重违法失信名单管理办法》第七条第（一）项",
            "湖州市市场监督管理局", $"湖市监严失〔{{Y}}〕3号", "HZ-SJJ"));
        list.Add(new("SJYZWF", ListEntryStatus.InForce, 200, "特种设备未经定期检验继续使用，导致事故隐患未消除，受到较重行政处罚。", "《市场监督管理严重违法失信名单管理办法》第八条",
            "湖州市市场监督管理局", $"湖市监严失〔{{Y}}〕11号", "HZ-SJJ"));
        list.Add(new("SJYZWF", ListEntryStatus.RemovedEarly, 500, "销售侵犯注册商标专用权的商品，情节严重。", "《市场监督管理严重违法失信名单管理办法》第九条",
            "湖州市市场监督管理局", $"湖市监严失〔{{Y}}〕6号", "HZ-SJJ"));
        list.Add(new("TQNMGGZ", ListEntryStatus.InForce, 75, "拖欠农民工工资计人民币八十六万元，经责令限期支付逾期仍未支付。", "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条第（一）项",
            "湖州市人力资源和社会保障局", $"湖人社失〔{{Y}}〕2号", "HZ-RSJ"));
        list.Add(new("AQSCYZSX", ListEntryStatus.InForce, 150, "发生一起造成一人死亡的生产安全责任事故，一年内第二起。", "《安全生产严重失信主体名单管理办法》第五条第（二）项",
            "湖州市应急管理局", $"湖应急失〔{{Y}}〕4号", "HZ-YJJ"));
        list.Add(new("AQSCYZSX", ListEntryStatus.Proposed, 5, "未按规定开展粉尘防爆安全检查，拒不执行停产整顿指令。", "《安全生产严重失信主体名单管理办法》第五条第（六）项",
            "湖州市应急管理局", $"湖应急失〔{{Y}}〕9号", "HZ-YJJ"));
        for (var i = 0; i < 12; i++)
        {
            list.Add(new("AJNSR", ListEntryStatus.InForce, 200 + i, $"{{Y}}年度纳税信用评价为A级。", "《纳税信用管理办法（试行）》第二十四条",
                "国家税务总局湖州市税务局", $"湖税信A〔{{Y}}〕{100 + i}号", "HZ-SW"));
        }

        for (var i = 0; i < 3; i++)
        {
            list.Add(new("HGGJRZ", ListEntryStatus.InForce, 400 + i * 90, "经海关认证为高级认证企业（AEO）。", "《中华人民共和国海关注册登记和备案企业信用管理办法》第十条",
                "湖州海关", $"杭关认〔{{Y}}〕{20 + i}号", "HZ-HG"));
        }

        for (var i = 0; i < 6; i++)
        {
            list.Add(new("SHTZXY", ListEntryStatus.InForce, 300 + i * 11, "经公示为浙江省“守合同重信用”企业。", "《浙江省“守合同重信用”企业公示管理办法》",
                "浙江省市场监督管理局", $"浙市监信〔{{Y}}〕{8}号", "HZ-SJJ"));
        }

        for (var i = 0; i < 5; i++)
        {
            list.Add(new("HZCXSF", ListEntryStatus.InForce, 180, "评定为湖州市诚信示范企业。", "《湖州市诚信示范企业评选管理办法》",
                "湖州市信用办", $"湖信用办〔{{Y}}〕{5}号", "HZ-FGW"));
        }

        return list;
    }

    private static (string Court, string Code, string Department) Court(string district) => district switch
    {
        "330502" => ("湖州市吴兴区人民法院", "0502", "WX-FY"),
        "330503" => ("湖州市南浔区人民法院", "0503", "NX-FY"),
        "330521" => ("德清县人民法院", "0521", "DQ-FY"),
        "330522" => ("长兴县人民法院", "0522", "CX-FY"),
        "330523" => ("安吉县人民法院", "0523", "AJ-FY"),
        _ => ("湖州市中级人民法院", "05", "HZ-ZY"),
    };

    private static ListType Copy(ListType t) => new()
    {
        Code = t.Code, Name = t.Name, Kind = t.Kind, LegalBasis = t.LegalBasis, DecidingAuthority = t.DecidingAuthority,
        SubjectKinds = [.. t.SubjectKinds], EntryCriteria = t.EntryCriteria, ValidityMonths = t.ValidityMonths,
        EarlyExitAllowed = t.EarlyExitAllowed, EarlyExitConditions = t.EarlyExitConditions, EarlyExitAfterMonths = t.EarlyExitAfterMonths,
        EarlyExitCountsFrom = t.EarlyExitCountsFrom, StatementPeriodWorkingDays = t.StatementPeriodWorkingDays, Measures = t.Measures,
        SortOrder = t.SortOrder, IsActive = t.IsActive, AuthorityDepartments = [.. t.AuthorityDepartments],
    };
}
