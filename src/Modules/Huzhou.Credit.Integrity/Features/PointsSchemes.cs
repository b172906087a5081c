using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// The community points schemes (诚信积分 / 诚信档案) on one engine: members, manual point events recorded by the scheme's
/// operator, events taken from members' credit records (a penalty, an honour, a breached commitment), the yearly ranking
/// (base points + the year's events) and who may run a scheme.
/// </summary>
internal sealed class PointsSchemes(IntegrityDbContext db, ISubjectDirectory subjects, ICreditRecordAmendments records, ICurrentStaff staff, TimeProvider clock)
{
    /// <summary>The actor named on events taken from credit records.</summary>
    public const string RecordSyncActor = "credit-records";

    public DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>The scheme's operator department, administrators, and the credit office of the scheme's district (city level: all).</summary>
    public bool CanManage(PointsScheme scheme) =>
        staff.IsInRole(CreditRoles.Administrator)
        || (staff.IsInRole(CreditRoles.CreditOffice) && (staff.IsCityLevel || scheme.DistrictCode == staff.DistrictCode))
        || (staff.DepartmentCode is { } department && department == scheme.DepartmentCode);

    /// <summary>The schemes the signed-in staff member may run.</summary>
    public async Task<List<PointsScheme>> VisibleAsync(CancellationToken cancellationToken) =>
        (await db.Schemes.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Code).ToListAsync(cancellationToken)).Where(CanManage).ToList();

    /// <summary>The active schemes that publish a yearly board (诚信榜), for anyone.</summary>
    public Task<List<PointsScheme>> PublicBoardsAsync(CancellationToken cancellationToken) =>
        db.Schemes.AsNoTracking().Where(s => s.PublicBoard && s.Active).OrderBy(s => s.Kind).ThenBy(s => s.Code).ToListAsync(cancellationToken);

    public Task<PointsScheme?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, cancellationToken);

    public Task<List<PointRule>> RulesAsync(long schemeId, CancellationToken cancellationToken) =>
        db.PointRules.AsNoTracking().Where(r => r.SchemeId == schemeId).OrderBy(r => r.Source).ThenByDescending(r => r.Points).ThenBy(r => r.Code).ToListAsync(cancellationToken);

    /// <summary>
    /// The ranking of <paramref name="year"/>: every member during that year, base points plus the year's events not
    /// revoked. Without <paramref name="withNames"/> the rows carry no name or code (for a count, an average or one
    /// member's rank, the registry is not asked).
    /// </summary>
    public async Task<List<RankRow>> RankingAsync(PointsScheme scheme, int year, CancellationToken cancellationToken, bool withNames = true)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var members = await db.SchemeMembers.AsNoTracking()
            .Where(m => m.SchemeId == scheme.Id && m.JoinedOn <= to && (m.LeftOn == null || m.LeftOn >= from))
            .ToListAsync(cancellationToken);
        var sums = await db.PointEvents.AsNoTracking()
            .Where(e => e.SchemeId == scheme.Id && e.RevokedAt == null && e.OccurredOn >= from && e.OccurredOn <= to)
            .GroupBy(e => e.MemberId)
            .Select(g => new { MemberId = g.Key, Points = g.Sum(e => e.Points), Count = g.Count() })
            .ToDictionaryAsync(x => x.MemberId, cancellationToken);
        var names = withNames ? await subjects.GetAsync([.. members.Select(m => m.SubjectId)], cancellationToken) : null;
        var bands = scheme.ParsedBands();
        var rows = members
            .Select(m =>
            {
                var sum = sums.GetValueOrDefault(m.Id);
                var points = scheme.BasePoints + (sum?.Points ?? 0);
                var subject = names?.GetValueOrDefault(m.SubjectId);
                var name = names is null ? "" : subject?.Name ?? "（主体已注销）";
                return new RankRow(0, m.Id, m.SubjectId, name, subject?.DisplayCode ?? "", m.Group, points, sum?.Count ?? 0, SchemeBands.Of(bands, points), m.LeftOn is not null);
            })
            .OrderByDescending(r => r.Points).ThenBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => r.MemberId)
            .ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Points == rows[i - 1].Points ? rows[i - 1].Rank : i + 1;
            rows[i] = rows[i] with { Rank = rank };
        }

        return rows;
    }

    /// <summary>Adds a subject by its credit code or ID number (a member who had left re-joins) and takes in its credit records since the day it joined.</summary>
    public async Task<Result<SchemeMember>> AddMemberAsync(PointsScheme scheme, string? code, string? group, DateOnly? joinedOn, CancellationToken cancellationToken)
    {
        code = code?.Trim().ToUpperInvariant();
        group = group?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return Result<SchemeMember>.Failure(scheme.MembersArePersons ? "请填写成员的身份证号码。" : "请填写成员的统一社会信用代码。", "Code");
        }

        var valid = scheme.MembersArePersons ? ResidentIdNumber.TryParse(code, out _) : UnifiedSocialCreditCode.TryParse(code, out _);
        if (!valid)
        {
            return Result<SchemeMember>.Failure(scheme.MembersArePersons ? "身份证号码无效（长度、出生日期或校验位不对）。" : "统一社会信用代码无效（长度或校验位不对）。", "Code");
        }

        if (string.IsNullOrEmpty(group) || group.Length > 50)
        {
            return Result<SchemeMember>.Failure($"请填写成员所在{scheme.GroupLabel}（不超过 50 字）。", "Group");
        }

        var joined = joinedOn ?? Today;
        if (joined > Today)
        {
            return Result<SchemeMember>.Failure("加入日期不能晚于今天。", "JoinedOn");
        }

        var subject = await subjects.FindByCodeAsync(code, cancellationToken);
        if (subject is null)
        {
            return Result<SchemeMember>.Failure("信用库中没有这个主体，请先核对代码，或由登记部门录入后再加入。", "Code");
        }

        if (subject.IsPerson != scheme.MembersArePersons)
        {
            return Result<SchemeMember>.Failure(scheme.MembersArePersons ? "本方案的成员是自然人，请填写身份证号码。" : "本方案的成员是企业或个体工商户，请填写统一社会信用代码。", "Code");
        }

        var member = await db.SchemeMembers.FirstOrDefaultAsync(m => m.SchemeId == scheme.Id && m.SubjectId == subject.SubjectId, cancellationToken);
        if (member is { LeftOn: null })
        {
            return Result<SchemeMember>.Failure("该主体已是本方案的成员。", "Code");
        }

        if (member is null)
        {
            member = new SchemeMember { SchemeId = scheme.Id, SubjectId = subject.SubjectId };
            db.SchemeMembers.Add(member);
        }

        member.Group = group;
        member.JoinedOn = joined;
        member.LeftOn = null;
        await db.SaveChangesAsync(cancellationToken);

        // The member's credit records since joining count at once.
        await SyncRecordsAsync(scheme, [subject.SubjectId], cancellationToken);
        return Result.Success(member);
    }

    /// <summary>A member leaves the scheme (on a day); their events stay and count for the years they were in.</summary>
    public async Task<Result> RemoveMemberAsync(PointsScheme scheme, long memberId, CancellationToken cancellationToken)
    {
        var member = await db.SchemeMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.SchemeId == scheme.Id, cancellationToken);
        if (member is not { LeftOn: null })
        {
            return Result.Failure("没有这个成员，或该成员已退出。");
        }

        member.LeftOn = Today;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Records a manual event (the operator's check, a complaint upheld, a good deed). Deductions need the facts in the note.</summary>
    public async Task<Result<PointEvent>> RecordAsync(PointsScheme scheme, long memberId, string? ruleCode, DateOnly? occurredOn, string? note, string actor, CancellationToken cancellationToken)
    {
        var member = await db.SchemeMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId && m.SchemeId == scheme.Id, cancellationToken);
        if (member is not { LeftOn: null })
        {
            return Result<PointEvent>.Failure("没有这个成员，或该成员已退出本方案。", "MemberId");
        }

        var rule = await db.PointRules.AsNoTracking().FirstOrDefaultAsync(r => r.SchemeId == scheme.Id && r.Code == ruleCode, cancellationToken);
        var used = rule is { MaxTimesPerYear: not null } && occurredOn is { } on ? await UsedAsync(rule, member.Id, on.Year, cancellationToken) : 0;
        if (Check(member, rule, occurredOn, ref note, used) is { } problem)
        {
            return Result<PointEvent>.Failure(problem.Error, problem.Field);
        }

        var day = occurredOn!.Value;
        var entry = new PointEvent
        {
            SchemeId = scheme.Id,
            MemberId = member.Id,
            RuleId = rule!.Id,
            Points = rule.Points,
            OccurredOn = day,
            Note = note,
            RecordedBy = actor,
            RecordedAt = clock.GetUtcNow(),
        };
        db.PointEvents.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(entry);
    }

    /// <summary>Revokes an event (recorded in error, overturned on appeal) with a reason; it stays listed, struck through.</summary>
    public async Task<Result> RevokeAsync(PointsScheme scheme, long eventId, string? reason, string actor, CancellationToken cancellationToken)
    {
        var entry = await db.PointEvents.FirstOrDefaultAsync(e => e.Id == eventId && e.SchemeId == scheme.Id, cancellationToken);
        if (entry is not { RevokedAt: null })
        {
            return Result.Failure("没有这条积分记录，或它已被撤销。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return Result.Failure("请写明撤销理由（不超过 500 字）。", "Reason");
        }

        entry.RevokedAt = clock.GetUtcNow();
        entry.RevokedBy = actor;
        entry.RevokeReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>One member with their events, newest first (the member page).</summary>
    public async Task<(SchemeMember Member, ResolvedSubject? Subject, List<(PointEvent Event, PointRule Rule)> Events)?> MemberAsync(PointsScheme scheme, long memberId, CancellationToken cancellationToken)
    {
        var member = await db.SchemeMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId && m.SchemeId == scheme.Id, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var events = await (from e in db.PointEvents.AsNoTracking()
                            join r in db.PointRules.AsNoTracking() on e.RuleId equals r.Id
                            where e.MemberId == member.Id
                            orderby e.OccurredOn descending, e.Id descending
                            select new { e, r }).ToListAsync(cancellationToken);
        var subject = (await subjects.GetAsync([member.SubjectId], cancellationToken)).GetValueOrDefault(member.SubjectId);
        return (member, subject, events.Select(x => (x.e, x.r)).ToList());
    }

    /// <summary>
    /// Takes the members' credit records into the scheme: a record of a rule's item decided on or after the member joined
    /// becomes an event (once: keyed by the record), within the rule's yearly limit; an event whose record was since
    /// repaired or revoked is revoked. <paramref name="onlySubjects"/> limits the run to those subjects (the records
    /// event); null runs the whole scheme (the nightly job, the operator's button). Returns events added and revoked.
    /// </summary>
    public async Task<(int Added, int Revoked)> SyncRecordsAsync(PointsScheme scheme, IReadOnlyCollection<long>? onlySubjects, CancellationToken cancellationToken)
    {
        var rules = await db.PointRules.AsNoTracking()
            .Where(r => r.SchemeId == scheme.Id && r.Active && r.Source == PointRuleSource.CreditRecord && r.ItemCode != null)
            .ToListAsync(cancellationToken);
        if (rules.Count == 0)
        {
            return (0, 0);
        }

        var query = db.SchemeMembers.AsNoTracking().Where(m => m.SchemeId == scheme.Id && m.LeftOn == null);
        if (onlySubjects is not null)
        {
            query = query.Where(m => onlySubjects.Contains(m.SubjectId));
        }

        var members = await query.ToDictionaryAsync(m => m.SubjectId, cancellationToken);
        if (members.Count == 0)
        {
            return (0, 0);
        }

        var memberIds = members.Values.Select(m => m.Id).ToList();
        int added = 0, revoked = 0;
        var now = clock.GetUtcNow();
        foreach (var rule in rules)
        {
            var existing = await db.PointEvents
                .Where(e => e.RuleId == rule.Id && e.SourceKey != null && memberIds.Contains(e.MemberId))
                .ToDictionaryAsync(e => (e.MemberId, e.SourceKey!), cancellationToken);
            var perYear = await db.PointEvents.AsNoTracking()
                .Where(e => e.RuleId == rule.Id && e.RevokedAt == null && memberIds.Contains(e.MemberId))
                .GroupBy(e => new { e.MemberId, e.OccurredOn.Year })
                .Select(g => new { g.Key.MemberId, g.Key.Year, Count = g.Count() })
                .ToDictionaryAsync(x => (x.MemberId, x.Year), x => x.Count, cancellationToken);
            foreach (var record in (await records.ListAsync([.. members.Keys], rule.ItemCode!, cancellationToken)).OrderBy(r => r.DecisionDate).ThenBy(r => r.RecordId))
            {
                var member = members[record.SubjectId];
                var key = "R" + record.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var counts = record.Status is not (CreditRecordStatus.Repaired or CreditRecordStatus.Revoked) && record.DecisionDate >= member.JoinedOn;
                if (existing.TryGetValue((member.Id, key), out var entry))
                {
                    if (!counts && entry.RevokedAt is null)
                    {
                        entry.RevokedAt = now;
                        entry.RevokedBy = RecordSyncActor;
                        entry.RevokeReason = record.Status == CreditRecordStatus.Repaired ? "信用记录已修复" : "信用记录已撤销";
                        revoked++;
                    }

                    continue;
                }

                var year = record.DecisionDate.Year;
                if (!counts || (rule.MaxTimesPerYear is { } max && perYear.GetValueOrDefault((member.Id, year)) >= max))
                {
                    continue;
                }

                perYear[(member.Id, year)] = perYear.GetValueOrDefault((member.Id, year)) + 1;
                db.PointEvents.Add(new PointEvent
                {
                    SchemeId = scheme.Id,
                    MemberId = member.Id,
                    RuleId = rule.Id,
                    Points = rule.Points,
                    OccurredOn = record.DecisionDate,
                    Note = $"信用记录 {rule.ItemCode} {record.SourceKey}",
                    RecordedBy = RecordSyncActor,
                    RecordedAt = now,
                    SourceKey = key,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, revoked);
    }

    /// <summary>The schemes a subject belongs to, with their points and rank this year (the citizen's page).</summary>
    public async Task<List<(PointsScheme Scheme, RankRow Row, int Members)>> MembershipsAsync(long subjectId, CancellationToken cancellationToken)
    {
        var schemeIds = await db.SchemeMembers.AsNoTracking().Where(m => m.SubjectId == subjectId && m.LeftOn == null).Select(m => m.SchemeId).ToListAsync(cancellationToken);
        var result = new List<(PointsScheme, RankRow, int)>();
        foreach (var scheme in await db.Schemes.AsNoTracking().Where(s => schemeIds.Contains(s.Id) && s.Active).ToListAsync(cancellationToken))
        {
            var ranking = await RankingAsync(scheme, Today.Year, cancellationToken, withNames: false);
            if (ranking.FirstOrDefault(r => r.SubjectId == subjectId) is { } row)
            {
                result.Add((scheme, row, ranking.Count));
            }
        }

        return result;
    }

    /// <summary>
    /// Checks a manual event (the form and the file import share it): an active manual rule of the scheme, a day not in
    /// the future nor before the member joined, the facts written down for a deduction, the rule's yearly limit given
    /// <paramref name="usedThisYear"/> events already counted. The note comes back trimmed (null when empty).
    /// </summary>
    public (string Error, string Field)? Check(SchemeMember member, PointRule? rule, DateOnly? occurredOn, ref string? note, int usedThisYear)
    {
        if (rule is not { Active: true })
        {
            return ("请选择本方案在用的积分规则。", "RuleCode");
        }

        if (rule.Source != PointRuleSource.Manual)
        {
            return ($"“{rule.Name}”由信用记录自动计分，不能手工录入。", "RuleCode");
        }

        if (occurredOn is not { } day)
        {
            return ("请填写发生日期。", "OccurredOn");
        }

        if (day > Today)
        {
            return ("发生日期不能晚于今天。", "OccurredOn");
        }

        if (day < member.JoinedOn)
        {
            return ($"发生日期早于该成员加入本方案的日期（{member.JoinedOn:yyyy-MM-dd}）。", "OccurredOn");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (rule.Points < 0 && note is null)
        {
            return ("扣分须在说明中写明事实和依据。", "Note");
        }

        if (note?.Length > 500)
        {
            return ("说明不能超过 500 字。", "Note");
        }

        if (rule.MaxTimesPerYear is { } max && usedThisYear >= max)
        {
            return ($"“{rule.Name}”每年最多计 {max} 次，该成员 {day.Year} 年已达上限。", "RuleCode");
        }

        return null;
    }

    /// <summary>How many events of the rule the member has in the year (not revoked).</summary>
    public Task<int> UsedAsync(PointRule rule, long memberId, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.PointEvents.CountAsync(e => e.RuleId == rule.Id && e.MemberId == memberId && e.RevokedAt == null && e.OccurredOn >= from && e.OccurredOn <= to, cancellationToken);
    }
}
