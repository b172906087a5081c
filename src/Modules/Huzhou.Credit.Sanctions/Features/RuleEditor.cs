using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The rule editor of the credit office: a draft is a copy of the version in force; rules are added and removed;
/// the draft is tried on one subject and replayed over the last N days of checks (with today's facts), then
/// published with an effective time — or thrown away. A draft's rules can be changed; published versions are never edited.
/// </summary>
internal sealed class RuleEditor(
    SanctionsDbContext db,
    RuleCache cache,
    CreditStatusStore status,
    ICurrentStaff staff,
    IAuditLog audit,
    IListTypes listTypes,
    IEvaluationFields fields,
    TimeProvider clock)
{
    public const int ReplayLimit = 5000;

    public static bool MayEdit(ICurrentStaff user) => user.IsInRole(CreditRoles.CreditOffice) && user.IsCityLevel;

    /// <summary>The list types and graded fields, to name rule parameters and offer them as pickers.</summary>
    public async Task<RuleVocabulary> VocabularyAsync(CancellationToken cancellationToken) =>
        new(await listTypes.ListTypesAsync(cancellationToken), await fields.FieldsAsync(cancellationToken));

    public async Task<Result<int>> CreateDraftAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result<int>.Forbidden("只有市信用办可以修改联合奖惩规则。");
        }

        var existing = await db.RuleSets.AsNoTracking().FirstOrDefaultAsync(r => r.Status == RuleSetStatus.Draft, cancellationToken);
        if (existing is not null)
        {
            return Result<int>.Success(existing.Version);
        }

        var active = await cache.GetAsync(cancellationToken);
        var version = (await db.RuleSets.MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0) + 1;
        var now = clock.GetUtcNow();
        db.RuleSets.Add(new RuleSet { Version = version, Status = RuleSetStatus.Draft, CreatedAt = now, CreatedBy = staff.UserName ?? "", Note = $"基于 v{active.Version} 修改" });
        await db.SaveChangesAsync(cancellationToken);
        db.Rules.AddRange(active.Rules.Select(r => new Rule
        {
            RuleSetVersion = version, Name = r.Name, Condition = r.Condition, Parameter = r.Parameter, Months = r.Months,
            MinimumClass = r.MinimumClass, Scope = r.Scope, Domains = [.. r.Domains], Stages = r.Stages, MeasureCode = r.MeasureCode,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Success(version);
    }

    public async Task<Result> AddRuleAsync(int version, DraftRule rule, CancellationToken cancellationToken)
    {
        if (await DraftAsync(version, cancellationToken) is not { } draft)
        {
            return Result.Conflict("只能修改草稿版本。");
        }

        if (await RefusalAsync(rule, cancellationToken) is { } refused)
        {
            return refused;
        }

        var added = new Rule { RuleSetVersion = draft.Version };
        Apply(rule, added);
        db.Rules.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Changes one rule of the draft (published versions are never edited).</summary>
    public async Task<Result> UpdateRuleAsync(int version, long ruleId, DraftRule rule, CancellationToken cancellationToken)
    {
        if (await DraftAsync(version, cancellationToken) is null)
        {
            return Result.Conflict("只能修改草稿版本。");
        }

        var existing = await db.Rules.FirstOrDefaultAsync(r => r.Id == ruleId && r.RuleSetVersion == version, cancellationToken);
        if (existing is null)
        {
            return Result.NotFound("规则不存在。");
        }

        if (await RefusalAsync(rule, cancellationToken) is { } refused)
        {
            return refused;
        }

        Apply(rule, existing);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Throws the draft away (its rules with it); the version in force is untouched.</summary>
    public async Task<Result> DiscardDraftAsync(int version, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以修改联合奖惩规则。");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var draft = await db.RuleSets.FirstOrDefaultAsync(r => r.Version == version && r.Status == RuleSetStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return Result.Conflict("只能放弃草稿版本。");
        }

        var rules = await db.Rules.Where(r => r.RuleSetVersion == version).ExecuteDeleteAsync(cancellationToken);
        db.RuleSets.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry("sanctions.rules.discard", SanctionsDbContext.ModuleName, Detail: $"放弃联合奖惩规则草稿 v{version}（{rules} 条规则）"), cancellationToken);
        return Result.Success();
    }

    /// <summary>Why the rule cannot be saved, or null.</summary>
    private async Task<Result?> RefusalAsync(DraftRule rule, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 200)
        {
            return Result.Failure("请填写规则名称（不超过200字）。", nameof(DraftRule.Name));
        }

        if (rule.Condition == ConditionKind.OnList && string.IsNullOrWhiteSpace(rule.Parameter))
        {
            return Result.Failure("“列入名单”条件需要选择名单类别。", nameof(DraftRule.Parameter));
        }

        if (rule.Condition == ConditionKind.GradeIn && RuleEngine.GradeParameter.Parse(rule.Parameter).Grades.Length == 0)
        {
            return Result.Failure("“评价等级”条件需要选择评价等级。", nameof(DraftRule.Parameter));
        }

        if ((await VocabularyAsync(cancellationToken)).Refusal(rule.Condition, rule.Parameter) is { } refusal)
        {
            return Result.Failure(refusal, nameof(DraftRule.Parameter));
        }

        if (rule.Condition is ConditionKind.BadRecordWithin or ConditionKind.BreachedCommitmentWithin && rule.Months is not (> 0 and <= 120))
        {
            return Result.Failure("请填写月数（1–120）。", nameof(DraftRule.Months));
        }

        if (rule.Stages.Count == 0)
        {
            return Result.Failure("请至少选择一个环节。", nameof(DraftRule.Stages));
        }

        if (rule.MeasureCode is null || !await db.Measures.AnyAsync(m => m.Code == rule.MeasureCode && !m.Retired, cancellationToken))
        {
            return Result.Failure("请选择措施。", nameof(DraftRule.MeasureCode));
        }

        return null;
    }

    private static void Apply(DraftRule rule, Rule target)
    {
        target.Name = rule.Name!.Trim();
        target.Condition = rule.Condition;
        target.Parameter = rule.Condition is not (ConditionKind.OnList or ConditionKind.GradeIn) || string.IsNullOrWhiteSpace(rule.Parameter) ? null : rule.Parameter.Trim().ToUpperInvariant();
        target.Months = rule.Condition is ConditionKind.BadRecordWithin or ConditionKind.BreachedCommitmentWithin ? rule.Months : null;
        target.MinimumClass = rule.Condition == ConditionKind.BadRecordWithin ? rule.MinimumClass ?? 2 : null;
        target.Scope = rule.Scope;
        target.Domains = rule.Domains.Distinct().Select(d => (short)d).ToArray();
        target.Stages = rule.Stages.Aggregate(CheckStages.None, (a, s) => a | s);
        target.MeasureCode = rule.MeasureCode!;
    }

    public async Task<Result> RemoveRuleAsync(int version, long ruleId, CancellationToken cancellationToken)
    {
        if (await DraftAsync(version, cancellationToken) is null)
        {
            return Result.Conflict("只能修改草稿版本。");
        }

        var deleted = await db.Rules.Where(r => r.Id == ruleId && r.RuleSetVersion == version).ExecuteDeleteAsync(cancellationToken);
        return deleted == 1 ? Result.Success() : Result.NotFound("规则不存在。");
    }

    /// <summary>The draft's decision for one subject, matter and stage (nothing is logged).</summary>
    public async Task<Result<(CheckDecision Decision, IReadOnlyList<CheckHit> Hits, ResolvedSubject Subject)>> TryAsync(int version, string? code, string? matterCode, CheckStages stage, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(version, cancellationToken);
        if (!rules.Matters.TryGetValue(matterCode ?? "", out var matter))
        {
            return Result<(CheckDecision, IReadOnlyList<CheckHit>, ResolvedSubject)>.Failure("请选择办事事项。", "matter");
        }

        // The same credit status the check API reads.
        var found = await status.FindByCodeAsync(SubjectCode.Parse(code), cancellationToken);
        if (found is null)
        {
            return Result<(CheckDecision, IReadOnlyList<CheckHit>, ResolvedSubject)>.Failure("主体库中没有该代码的主体。", "code");
        }

        var (decision, hits) = RuleEngine.Evaluate(rules, matter, stage, found.FactsOn(status.Today));
        return Result<(CheckDecision, IReadOnlyList<CheckHit>, ResolvedSubject)>.Success((decision, hits, found.Subject));
    }

    /// <summary>
    /// The draft applied to the checks of the last <paramref name="days"/> days (at most <see cref="ReplayLimit"/>,
    /// newest first) with the subjects' facts as they are now: the checks whose decision would change.
    /// </summary>
    public async Task<ReplayResult> ReplayAsync(int version, int days, CancellationToken cancellationToken)
    {
        days = Math.Clamp(days, 1, 90);
        var rules = await RulesAsync(version, cancellationToken);
        var since = clock.GetUtcNow().AddDays(-days);
        var checks = await db.Checks.AsNoTracking().Where(c => c.CheckedAt >= since && c.SubjectId != null)
            .OrderByDescending(c => c.Id).Take(ReplayLimit).ToListAsync(cancellationToken);
        var bySubject = await status.GetManyAsync(checks.Select(c => c.SubjectId!.Value).ToList(), cancellationToken);
        var today = status.Today;
        var known = new Dictionary<long, SubjectFacts>();
        var changes = new List<ReplayChange>();
        var skipped = 0;
        foreach (var check in checks)
        {
            if (!bySubject.TryGetValue(check.SubjectId!.Value, out var subject) || !rules.Matters.TryGetValue(check.MatterCode, out var matter))
            {
                skipped++;
                continue;
            }

            if (!known.TryGetValue(subject.Subject.SubjectId, out var f))
            {
                f = subject.FactsOn(today);
                known[subject.Subject.SubjectId] = f;
            }

            var (decision, _) = RuleEngine.Evaluate(rules, matter, check.Stage, f);
            if (decision != check.Decision)
            {
                changes.Add(new ReplayChange(check, decision, subject.Subject.Name, matter.Name));
            }
        }

        return new ReplayResult(days, checks.Count - skipped, skipped, changes);
    }

    public async Task<Result> PublishAsync(int version, DateTimeOffset? effectiveAt, CancellationToken cancellationToken)
    {
        if (!MayEdit(staff))
        {
            return Result.Forbidden("只有市信用办可以发布联合奖惩规则。");
        }

        var draft = await db.RuleSets.FirstOrDefaultAsync(r => r.Version == version && r.Status == RuleSetStatus.Draft, cancellationToken);
        if (draft is null)
        {
            return Result.Conflict("只能发布草稿版本。");
        }

        var now = clock.GetUtcNow();
        var effective = effectiveAt is { } e && e > now ? e : now;
        draft.Status = RuleSetStatus.Published;
        draft.EffectiveAt = effective;
        draft.PublishedBy = staff.UserName;
        if (effective <= now)
        {
            await db.RuleSets.Where(r => r.Status == RuleSetStatus.Published && r.Version != version)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RuleSetStatus.Superseded), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        await audit.WriteAsync(new AuditEntry("sanctions.rules.publish", SanctionsDbContext.ModuleName, Detail: $"发布联合奖惩规则 v{version}，生效时间 {ShanghaiTime.Format(effective)}"), cancellationToken);
        return Result.Success();
    }

    private async Task<RuleSet?> DraftAsync(int version, CancellationToken cancellationToken) =>
        MayEdit(staff) ? await db.RuleSets.AsNoTracking().FirstOrDefaultAsync(r => r.Version == version && r.Status == RuleSetStatus.Draft, cancellationToken) : null;

    private async Task<ActiveRules> RulesAsync(int version, CancellationToken cancellationToken)
    {
        var active = await cache.GetAsync(cancellationToken);
        var rules = await db.Rules.AsNoTracking().Where(r => r.RuleSetVersion == version).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return new ActiveRules(version, rules, active.Measures, active.Matters);
    }
}
