using System.Net;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// A typical case (典型案例 / 诚信典型) started from a list entry: the organisation's public facts — its name and credit
/// code, the list, the deciding authority, the document number, the basis and the dates, all of which the public list
/// already shows — fill the title and body; the editor completes the story. Only organisations: a natural person's
/// entry is never a case's source (no personal data in the CMS).
/// </summary>
internal sealed class CasePrefill(ISubjectDirectory subjects, IListStanding standing)
{
    public async Task<Result<(string Title, string Body, bool IsBlack)>> FromListEntryAsync(string? code, CancellationToken cancellationToken)
    {
        var text = code?.Trim().ToUpperInvariant() ?? "";
        if (text.Length != 18)
        {
            return Result<(string, string, bool)>.Failure("请填写组织机构的统一社会信用代码（18 位）。", "fromCode");
        }

        var subject = await subjects.FindByCodeAsync(text, cancellationToken);
        if (subject is null || subject.IsPerson)
        {
            return Result<(string, string, bool)>.Failure("主体库中没有该统一社会信用代码的组织机构。", "fromCode");
        }

        var entries = await standing.ApprovedEntriesAsync([subject.SubjectId], cancellationToken);
        if (!entries.TryGetValue(subject.SubjectId, out var list) || list.Count == 0)
        {
            return Result<(string, string, bool)>.Failure($"“{subject.Name}”目前不在任何有效的红黑名单上。", "fromCode");
        }

        var entry = list.OrderByDescending(e => e.EffectiveFrom).First();
        var name = WebUtility.HtmlEncode(subject.Name);
        var title = entry.IsBlack ? $"{subject.Name}被列入{entry.ListName}" : $"{subject.Name}入选{entry.ListName}";
        var body = $"""
            <h3>基本情况</h3>
            <p>{name}（统一社会信用代码 {WebUtility.HtmlEncode(subject.DisplayCode)}）经{WebUtility.HtmlEncode(entry.DecidingAuthority)}认定（文号：{WebUtility.HtmlEncode(entry.DocumentNumber)}），自 {entry.EffectiveFrom:yyyy年M月d日} 起列入{WebUtility.HtmlEncode(entry.ListName)}{(entry.ExpiresOn is { } until ? $"，有效期至 {until:yyyy年M月d日}" : "")}。</p>
            <h3>认定依据</h3>
            <p>{WebUtility.HtmlEncode(entry.Basis)}</p>
            <h3>{(entry.IsBlack ? "惩戒措施" : "激励措施")}</h3>
            <p>（请编辑补充：各部门依法依规采取的{(entry.IsBlack ? "联合惩戒" : "联合激励")}措施及成效。）</p>
            """;
        return Result.Success((title.Length > 200 ? title[..200] : title, body, entry.IsBlack));
    }
}
