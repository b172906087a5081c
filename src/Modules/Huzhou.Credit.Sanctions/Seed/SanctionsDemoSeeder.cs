using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Seed;

/// <summary>
/// Seeds the measure list, the 100 matters and, when no rule set exists, rule set v1 (published): each black list
/// tied to the punishments its documents name in the matter domains they concern, bad records of class 严重/一般
/// within 36/12 months, subjects pending verification, and the red lists' rewards. Idempotent.
/// </summary>
internal sealed class SanctionsDemoSeeder(
    SanctionsDbContext db,
    TimeProvider clock,
    Huzhou.Credit.Contracts.Subjects.ISubjectDirectory subjects,
    Huzhou.Credit.Contracts.Identity.IApiClientDirectory clients,
    Features.CheckService checks,
    Features.CaseService cases,
    Jobs.CreditStatusRebuildJob rebuild) : IDemoSeeder
{
    public int Order => 50;

    private const short Approvals = (short)MatterDomain.Approvals;
    private const short Trading = (short)MatterDomain.PublicResourceTrading;
    private const short Fiscal = (short)MatterDomain.FiscalFunds;
    private const short Procurement = (short)MatterDomain.Procurement;
    private const short Honours = (short)MatterDomain.Honours;
    private const short Loans = (short)MatterDomain.CreditLoans;
    private const short Supervision = (short)MatterDomain.Supervision;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.Select(m => m.Code).ToListAsync(cancellationToken);
        db.Measures.AddRange(StandardMeasures.All.Where(m => !measures.Contains(m.Code)).Select(m => new Measure
        {
            Code = m.Code, Name = m.Name, Kind = m.Kind, Action = m.Action, LegalBasis = m.LegalBasis, ImplementingDepartment = m.ImplementingDepartment,
        }));
        var matters = await db.Matters.Select(m => m.Code).ToListAsync(cancellationToken);
        db.Matters.AddRange(StandardMatters.All.Where(m => !matters.Contains(m.Code)).Select(m => new Matter
        {
            Code = m.Code, Name = m.Name, DepartmentCode = m.DepartmentCode, Domain = m.Domain,
        }));
        await db.SaveChangesAsync(cancellationToken);

        // The demo city's subjects, records and list entries were loaded by the seeders before this one: compute every
        // subject's credit status once (afterwards the events keep it current).
        if (!await db.CreditStatusRebuilds.AnyAsync(r => r.FinishedAt != null, cancellationToken))
        {
            await rebuild.RunAsync("demo-seed", cancellationToken);
        }
        else
        {
            // A seed that extended the city (seed --scale full after a demo seed) loaded subjects in bulk, without
            // events: compute the rows of the subjects after the last one the status holds.
            var last = await db.CreditStatus.MaxAsync(c => (long?)c.SubjectId, cancellationToken) ?? 0;
            if ((await subjects.SubjectIdsAfterAsync(last, 1, cancellationToken)).Count > 0)
            {
                db.CreditStatusRebuilds.Add(new CreditStatusRebuild { StartedAt = clock.GetUtcNow(), StartedBy = "demo-seed", LastSubjectId = last });
                await db.SaveChangesAsync(cancellationToken);
                await rebuild.RunAsync("demo-seed", cancellationToken);
            }
        }

        if (await db.RuleSets.AnyAsync(cancellationToken))
        {
            return Join(await SeedChecksAsync(cancellationToken), await SeedTestClientChecksAsync(cancellationToken));
        }

        var now = clock.GetUtcNow();
        db.RuleSets.Add(new RuleSet
        {
            Version = 1, Status = RuleSetStatus.Published, EffectiveAt = now.AddDays(-1), PublishedBy = "xinyongban",
            CreatedAt = now.AddDays(-2), CreatedBy = "xinyongban", Note = "首版规则：国家失信惩戒措施基础清单与本市守信激励措施",
        });
        await db.SaveChangesAsync(cancellationToken);
        db.Rules.AddRange(RulesV1().Select(r => { r.RuleSetVersion = 1; return r; }));
        await db.SaveChangesAsync(cancellationToken);
        var seeded = Join(await SeedChecksAsync(cancellationToken), await SeedTestClientChecksAsync(cancellationToken));
        return $"联合奖惩：{StandardMeasures.All.Count} 项措施、{StandardMatters.All.Count} 个办事事项、规则集 v1（{RulesV1().Count} 条规则，已发布）。{seeded}";
    }

    /// <summary>
    /// Demo checks through the real check service, as the city's business systems would ask them, so the check log
    /// and its statistics have content: the registry's first organisations (among them the listed ones) at matters
    /// of every domain. Only when the log is empty.
    /// </summary>
    private async Task<string?> SeedChecksAsync(CancellationToken cancellationToken)
    {
        if (await db.Checks.AnyAsync(cancellationToken))
        {
            return null;
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 400, cancellationToken);
        if (organisations.Count == 0)
        {
            return null;
        }

        // The business system that handles each matter domain (行政审批, 公共资源交易, 财政资金, 政府采购, 评优评先, 信用贷款, 日常监管).
        string[] systems = ["湖州市投资项目在线审批监管平台", "湖州市公共资源交易系统", "湖州市财政专项资金管理系统", "浙江政府采购云平台（湖州）", "湖州市评优评先管理系统", "湖州市金融综合服务平台", "湖州市“互联网+监管”平台"];
        string[] stages = ["受理", "办理", "办结"];
        var matters = StandardMatters.All;
        var count = 0;
        var feedback = 0;
        for (var i = 0; i < 240; i++)
        {
            // Listed organisations (every 7th from the 4th, as the lists seeder chose them) are asked about most.
            var org = organisations[i % 3 == 0 ? (i / 3 * 7 + 3) % organisations.Count : (i * 13) % organisations.Count];
            var matter = matters[(i * 17) % matters.Count];
            var (outcome, _, _) = await checks.CheckAsync(
                new Features.CheckRequest(org.Uscc, org.Name, matter.Code, stages[i % 3], $"BJ{2026_000_000 + i}"),
                systems[((int)matter.Domain - 1) % systems.Length],
                cancellationToken);
            count += outcome is null ? 0 : 1;
            if (outcome is { Hits.Count: > 0 } && i % 2 == 0)
            {
                // The business system reports back what it did: a case (联合奖惩案例).
                var hit = outcome.Hits[0];
                var text = hit.Measure.Action switch
                {
                    MeasureAction.Block => "已拦截：告知申请人不予受理并说明依据和救济途径",
                    MeasureAction.Favour => "已适用激励：绿色通道/容缺受理，当日办结",
                    _ => "审慎办理：加强材料审核，列入重点核查",
                };
                var created = await cases.FeedbackAsync(outcome.Record.Id, new Features.FeedbackRequest(hit.Measure.Code, text, "窗口经办人", null), outcome.Record.Caller, cancellationToken);
                feedback += created.Succeeded ? 1 : 0;
            }
        }

        return $"演示核查 {count} 次，案例 {feedback} 个。";
    }

    /// <summary>
    /// The 联调 checks of the demo's test client (the first API client marked 测试客户端, seeded by Identity): the
    /// integration team asks the same few black-listed organisations at procurement and bidding again and again, plus
    /// codes the registry does not know — so the statistics differ visibly with and without test clients. Once.
    /// </summary>
    private async Task<string?> SeedTestClientChecksAsync(CancellationToken cancellationToken)
    {
        var caller = (await clients.TestCallersAsync(cancellationToken)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (caller is null || await db.Checks.AnyAsync(c => c.Caller == caller, cancellationToken))
        {
            return null;
        }

        var organisations = await subjects.ListOrganisationsAsync(null, 400, cancellationToken);
        if (organisations.Count == 0)
        {
            return null;
        }

        string[] matters = ["SX-060", "SX-036", "SX-061", "SX-037"];
        var count = 0;
        for (var i = 0; i < 60; i++)
        {
            // Every 7th organisation from the 4th is on a list (the lists seeder's choice); every 6th check is a made-up code.
            var org = organisations[(i % 5 * 7 + 3) % organisations.Count];
            var code = i % 6 == 5 ? Huzhou.Credit.SharedKernel.Identifiers.UnifiedSocialCreditCode.Compose("91", "330502", $"MA2T{i:D4}").Value : org.Uscc;
            var (outcome, _, _) = await checks.CheckAsync(
                new Features.CheckRequest(code, i % 6 == 5 ? null : org.Name, matters[i % matters.Length], "受理", $"LT-TEST-{i + 1:D3}"), caller, cancellationToken);
            count += outcome is null ? 0 : 1;
        }

        return $"测试客户端“{caller}”联调核查 {count} 次（统计默认不计入）。";
    }

    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : first + " " + second;

    private static List<Rule> RulesV1()
    {
        const CheckStages early = CheckStages.Acceptance | CheckStages.Handling;
        Rule OnList(string list, string listName, string measure, CheckStages stages, params short[] domains) => new()
        {
            Name = $"{listName}：{Describe(domains)}", Condition = ConditionKind.OnList, Parameter = list, Scope = SubjectScope.All,
            Domains = domains, Stages = stages, MeasureCode = measure,
        };
        return
        [
            OnList("SXBZXR", "失信被执行人", "CF-ZFCG", early, Procurement),
            OnList("SXBZXR", "失信被执行人", "CF-ZTB", early, Trading),
            OnList("SXBZXR", "失信被执行人", "CF-CZZJ", early, Fiscal),
            OnList("SXBZXR", "失信被执行人", "CF-PYPX", CheckStages.All, Honours),
            OnList("SXBZXR", "失信被执行人", "CF-SSSX", CheckStages.All, Loans),
            OnList("SXBZXR", "失信被执行人", "CF-XZXK", CheckStages.All, Approvals),
            OnList("ZDSSWF", "重大税收违法失信主体", "CF-ZFCG", early, Procurement),
            OnList("ZDSSWF", "重大税收违法失信主体", "CF-CZZJ", early, Fiscal),
            OnList("ZDSSWF", "重大税收违法失信主体", "CF-PYPX", CheckStages.All, Honours),
            OnList("ZDSSWF", "重大税收违法失信主体", "CF-SSSX", CheckStages.All, Loans),
            OnList("ZDSSWF", "重大税收违法失信主体", "CF-XZXK", CheckStages.All, Approvals),
            OnList("SJYZWF", "市场监管严重违法失信", "CF-ZFCG", early, Procurement),
            OnList("SJYZWF", "市场监管严重违法失信", "CF-ZTB", early, Trading),
            OnList("SJYZWF", "市场监管严重违法失信", "CF-PYPX", CheckStages.All, Honours),
            OnList("SJYZWF", "市场监管严重违法失信", "CF-ZDJG", CheckStages.All, Supervision),
            OnList("SJYZWF", "市场监管严重违法失信", "CF-XZXK", CheckStages.All, Approvals),
            OnList("TQNMGGZ", "拖欠农民工工资失信", "CF-ZTB", early, Trading),
            OnList("TQNMGGZ", "拖欠农民工工资失信", "CF-ZFCG", early, Procurement),
            OnList("TQNMGGZ", "拖欠农民工工资失信", "CF-CZZJ", early, Fiscal),
            OnList("TQNMGGZ", "拖欠农民工工资失信", "CF-SSSX", CheckStages.All, Loans),
            OnList("AQSCYZSX", "安全生产严重失信", "CF-XMSP", early, Approvals),
            OnList("AQSCYZSX", "安全生产严重失信", "CF-ZTB", early, Trading),
            OnList("AQSCYZSX", "安全生产严重失信", "CF-PYPX", CheckStages.All, Honours),
            OnList("AQSCYZSX", "安全生产严重失信", "CF-ZDJG", CheckStages.All, Supervision),
            new()
            {
                Name = "36个月内严重失信记录：评优评先", Condition = ConditionKind.BadRecordWithin, Months = 36, MinimumClass = 3,
                Domains = [Honours], Stages = CheckStages.All, MeasureCode = "CF-PYPX",
            },
            new()
            {
                Name = "36个月内严重失信记录：审慎办理", Condition = ConditionKind.BadRecordWithin, Months = 36, MinimumClass = 3,
                Domains = [Approvals, Trading, Fiscal, Procurement, Loans], Stages = CheckStages.All, MeasureCode = "CF-XYHC",
            },
            new()
            {
                Name = "12个月内一般及以上失信记录：审慎办理", Condition = ConditionKind.BadRecordWithin, Months = 12, MinimumClass = 2,
                Domains = [Fiscal, Procurement, Honours], Stages = CheckStages.All, MeasureCode = "CF-XYHC",
            },
            new()
            {
                Name = "主体待核实：核查提示", Condition = ConditionKind.PendingVerification, Scope = SubjectScope.Organisations,
                Stages = CheckStages.All, MeasureCode = "CF-XYHC",
            },
            new()
            {
                Name = "行业信用评价D级：限制申请财政性资金", Condition = ConditionKind.GradeIn, Parameter = "D", Scope = SubjectScope.Organisations,
                Domains = [Fiscal], Stages = early, MeasureCode = "CF-CZZJ",
            },
            new()
            {
                Name = "行业信用评价D级：列为重点监管对象", Condition = ConditionKind.GradeIn, Parameter = "D", Scope = SubjectScope.Organisations,
                Domains = [Supervision], Stages = CheckStages.All, MeasureCode = "CF-ZDJG",
            },
            new()
            {
                Name = "24个月内违背信用承诺：从严审核，不再适用告知承诺", Condition = ConditionKind.BreachedCommitmentWithin, Months = 24, Scope = SubjectScope.All,
                Domains = [Approvals], Stages = CheckStages.All, MeasureCode = "CF-XZXK",
            },
            new()
            {
                Name = "建筑业信用评价A级：容缺受理", Condition = ConditionKind.GradeIn, Parameter = "JZY:A", Scope = SubjectScope.Organisations,
                Domains = [Approvals], Stages = CheckStages.Acceptance, MeasureCode = "JL-RQSL",
            },
            OnList("AJNSR", "A级纳税人", "JL-LSTD", CheckStages.Acceptance, Approvals),
            OnList("AJNSR", "A级纳税人", "JL-XYD", CheckStages.All, Loans),
            OnList("HGGJRZ", "海关高级认证企业", "JL-TGBL", CheckStages.Acceptance, Approvals),
            OnList("HGGJRZ", "海关高级认证企业", "JL-WSBR", CheckStages.All, Supervision),
            OnList("SHTZXY", "守合同重信用企业", "JL-RQSL", CheckStages.Acceptance, Approvals),
            OnList("SHTZXY", "守合同重信用企业", "JL-YXTJ", CheckStages.All, Honours),
            OnList("HZCXSF", "湖州市诚信示范企业", "JL-RQSL", CheckStages.Acceptance, Approvals),
            OnList("HZCXSF", "湖州市诚信示范企业", "JL-XYD", CheckStages.All, Loans),
            OnList("HZCXSF", "湖州市诚信示范企业", "JL-YXTJ", CheckStages.All, Honours),
            OnList("HZCXSF", "湖州市诚信示范企业", "JL-CZZC", CheckStages.All, Fiscal),
        ];
    }

    private static string Describe(short[] domains) => string.Join("、", domains.Select(d => SanctionNames.Domain((MatterDomain)d)));
}
