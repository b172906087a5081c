using System.Globalization;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.Integrity.Domain;
using Huzhou.Credit.Integrity.Persistence;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Integrity.Features;

/// <summary>
/// A village committee's or a street office's monthly sheet of events (CSV in UTF-8 or GBK, or XLSX) with the columns
/// 成员代码 (ID number or credit code; 身份证号码 / 统一社会信用代码 accepted as headers), 规则编码, 发生日期 and 说明.
/// Every row is checked with the same rules as the form (and the yearly limits counted across the file); if any row is
/// wrong, none is written and each problem is named with its row number.
/// </summary>
internal sealed class PointEventImport(IntegrityDbContext db, PointsSchemes schemes, ISubjectDirectory subjects, TimeProvider clock)
{
    public const int MaxRows = 20_000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日"];

    private sealed record Row(int Number, string Code, string RuleCode, string Date, string? Note);

    public async Task<PointImportOutcome> ImportAsync(PointsScheme scheme, Stream stream, string fileName, string actor, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        await using (var source = await RowSources.OpenAsync(stream, fileName, cancellationToken))
        {
            int Column(params string[] names) => source.Headers.ToList().FindIndex(h => names.Contains(CellText.NormaliseHeader(h), StringComparer.Ordinal));
            var code = Column("成员代码", "身份证号码", "统一社会信用代码", "证件号码");
            var rule = Column("规则编码");
            var date = Column("发生日期");
            var note = Column("说明");
            var missing = new[] { (code, "成员代码"), (rule, "规则编码"), (date, "发生日期") }.Where(c => c.Item1 < 0).Select(c => c.Item2).ToList();
            if (missing.Count > 0)
            {
                return new PointImportOutcome(0, [$"第 1 行（表头）缺少列：{string.Join("、", missing)}"]);
            }

            while (await source.ReadAsync(cancellationToken))
            {
                if (rows.Count == MaxRows)
                {
                    return new PointImportOutcome(0, [$"一次最多导入 {MaxRows} 行，请分批导入。"]);
                }

                rows.Add(new Row(source.RowNumber, source.GetString(code).ToUpperInvariant(), source.GetString(rule), source.GetString(date), note < 0 ? null : source.GetString(note)));
            }
        }

        if (rows.Count == 0)
        {
            return new PointImportOutcome(0, ["文件中没有数据行。"]);
        }

        var resolved = await subjects.FindByCodesAsync([.. rows.Select(r => r.Code).Where(c => c.Length > 0).Distinct()], cancellationToken);
        var members = await db.SchemeMembers.AsNoTracking().Where(m => m.SchemeId == scheme.Id).ToDictionaryAsync(m => m.SubjectId, cancellationToken);
        var rules = await db.PointRules.AsNoTracking().Where(r => r.SchemeId == scheme.Id).ToDictionaryAsync(r => r.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var used = new Dictionary<(long Member, long Rule, int Year), int>();
        var errors = new List<string>();
        var events = new List<PointEvent>();
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            if (row.Code.Length == 0 || !resolved.TryGetValue(row.Code, out var subject))
            {
                errors.Add($"第 {row.Number} 行：成员代码“{row.Code}”{(row.Code.Length == 0 ? "为空" : "在信用库中找不到或无效")}");
                continue;
            }

            if (!members.TryGetValue(subject.SubjectId, out var member) || member.LeftOn is not null)
            {
                errors.Add($"第 {row.Number} 行：{row.Code[..Math.Min(6, row.Code.Length)]}… 不是本方案的在册成员");
                continue;
            }

            var rule = rules.GetValueOrDefault(row.RuleCode);
            DateOnly? day = DateOnly.TryParseExact(row.Date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            if (row.Date.Length > 0 && day is null)
            {
                errors.Add($"第 {row.Number} 行：发生日期“{row.Date}”无法识别，请写成 2026-05-18");
                continue;
            }

            var key = (member.Id, rule?.Id ?? 0, day?.Year ?? 0);
            if (rule is { MaxTimesPerYear: not null } && day is not null && !used.ContainsKey(key))
            {
                used[key] = await schemes.UsedAsync(rule, member.Id, day.Value.Year, cancellationToken);
            }

            var note = row.Note;
            if (schemes.Check(member, rule, day, ref note, used.GetValueOrDefault(key)) is { } problem)
            {
                errors.Add($"第 {row.Number} 行：{problem.Error}");
                continue;
            }

            used[key] = used.GetValueOrDefault(key) + 1;
            events.Add(new PointEvent
            {
                SchemeId = scheme.Id,
                MemberId = member.Id,
                RuleId = rule!.Id,
                Points = rule.Points,
                OccurredOn = day!.Value,
                Note = note,
                RecordedBy = actor,
                RecordedAt = now,
            });
        }

        if (errors.Count > 0)
        {
            return new PointImportOutcome(0, errors);
        }

        db.PointEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        return new PointImportOutcome(events.Count, []);
    }
}
